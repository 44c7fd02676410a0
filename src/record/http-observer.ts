import type { IncomingHttpHeaders } from 'node:http';
import { BodyReader, FramingError } from '../body/http-body.js';
import { type Framing, type Head, headerRecord, readFraming, requestLine, statusLine, Unfollowable } from './http-head.js';
import { HeadReader } from './http-head-reader.js';

/** What becomes of the exchanges one connection carries; `T` is the listener's own record of one. */
export interface HttpListener<T> {
  /** A request head has arrived (not for CONNECT or upgrade requests): a token to follow it by, or undefined to let it pass unobserved. */
  request(method: string, target: string): T | undefined;
  requestHeaders(token: T, headers: IncomingHttpHeaders): void;
  requestBody(token: T, bytes: Buffer): void;
  /** The final answer's head (interim 1xx answers are passed over). */
  response(token: T, status: number, headers: IncomingHttpHeaders): void;
  responseBody(token: T, bytes: Buffer): void;
  /** Both the request and its answer have been seen whole. */
  complete(token: T): void;
  /** The exchange will not be seen whole: the observer gave up on the connection, or it ended first. */
  abandon(token: T, reason: 'unparsed' | 'no-response'): void;
}

/** Requests waiting for their answers on one connection beyond which it is not followed. */
const PIPELINE_CAP = 1024;

interface Exchange<T> {
  token: T | undefined;
  /** A HEAD request: its answer has no body whatever its headers say. */
  head: boolean;
  connect: boolean;
  /** CONNECT or an Upgrade header: its answer may turn the connection into a tunnel. */
  upgrade: boolean;
  requestDone: boolean;
  responseDone: boolean;
  /** A byte of an answer to it has been seen (a 1xx counts). */
  answered: boolean;
  settled: boolean;
}

// The observer as a whole.
const FOLLOWING = 0;
const TUNNEL = 1;
const GAVE_UP = 2;
const ENDED = 3;
// Each direction.
const HEAD = 0;
const BODY = 1;
/** After an upgrade request: nothing more is expected from the client until its answer says whether the connection is still HTTP. */
const HOLD = 2;

/**
 * Follows the two byte streams of one HTTP/1.1 connection, as relayed, and tells a listener about
 * the exchanges on it: request heads as they arrive, bodies as they pass (de-chunked), answers
 * matched to requests in order (pipelining), interim 1xx answers passed over, a 101 or a CONNECT's
 * 2xx ending the following (the rest is a tunnel). Fed each chunk after it has been passed on, it
 * never holds a byte back and never throws: whatever it cannot follow (conflicting framing, a bad
 * chunk size, a head past 64 KiB, a start line that is not HTTP/1.x) makes it give up on the
 * connection for good, and the exchanges it was following are abandoned as 'unparsed'.
 *
 * An exchange nobody wants costs little: a search for the head's end, its start line, and a scan
 * of the header lines for the few that frame a body. Header records are built only for exchanges
 * the listener took a token for.
 */
export class HttpObserver<T> {
  private state = FOLLOWING;
  private readonly queue: Exchange<T>[] = [];
  /** The request whose body is being read. */
  private current: Exchange<T> | undefined;
  /** The exchange the answer being read belongs to; undefined for an answer nothing asked for (a 408 before any request). */
  private answering: Exchange<T> | undefined;
  private requestPhase = HEAD;
  private responsePhase = HEAD;
  private readonly requestHead = new HeadReader();
  private readonly responseHead = new HeadReader();
  private readonly requestBody = new BodyReader();
  private readonly responseBody = new BodyReader();
  private readonly framing: Framing = { length: -1, coding: 'none', upgrade: false, problem: '' };
  private readonly requestSink = (piece: Buffer) => this.listener.requestBody(this.current!.token!, piece);
  private readonly responseSink = (piece: Buffer) => this.listener.responseBody(this.answering!.token!, piece);

  constructor(private readonly listener: HttpListener<T>, private readonly fault: (error: unknown) => void = () => {}) {}

  /** Bytes the client sent (already passed on to the upstream). */
  fromClient(chunk: Buffer): void {
    if (this.state !== FOLLOWING) return;
    try {
      this.readRequests(chunk);
    } catch (error) {
      this.giveUp(error);
    }
  }

  /** Bytes the upstream sent (already passed on to the client). */
  fromUpstream(chunk: Buffer): void {
    if (this.state !== FOLLOWING) return;
    try {
      this.readResponses(chunk);
    } catch (error) {
      this.giveUp(error);
    }
  }

  /** The upstream closed its side cleanly: an answer framed by the close is complete; any other exchange gets no answer. */
  upstreamEnded(): void {
    try {
      if (this.state === FOLLOWING && this.responsePhase === BODY && this.responseBody.framing === 'close') this.responseEnded();
    } catch (error) {
      this.giveUp(error);
    }
    this.end();
  }

  /** The connection is gone: the exchanges in flight get no answer. */
  end(): void {
    if (this.state === ENDED) return;
    this.state = ENDED;
    this.abandonAll('no-response');
  }

  /** Nothing in flight: no request begun, none waiting for its answer. False in a tunnel or once given up. */
  get idle(): boolean {
    return this.state === ENDED || (this.state === FOLLOWING && this.queue.length === 0 && this.requestPhase === HEAD && !this.requestHead.pending && !this.responseHead.pending);
  }

  /** Still reading HTTP: not a tunnel, not given up, not ended. */
  get following(): boolean {
    return this.state === FOLLOWING;
  }

  /** A request is waiting and no byte of an answer to it has been seen, so a stand-in answer (a 502) is still possible. */
  get awaitingAnswer(): boolean {
    return this.state === FOLLOWING && this.queue.length > 0 && !this.queue[0]!.answered;
  }

  private readRequests(chunk: Buffer): void {
    for (let pos = 0; pos < chunk.length;) {
      if (this.requestPhase === HOLD) throw new Unfollowable('bytes after an upgrade request, before its answer');
      if (this.requestPhase === HEAD) {
        pos = this.requestHead.read(chunk, pos);
        if (pos === -1) return;
        this.requestArrived(this.requestHead.head);
      } else {
        pos = this.requestBody.read(chunk, pos);
        if (pos === -1) return;
        this.requestEnded();
      }
    }
  }

  private requestArrived(head: Head): void {
    const { method, target } = requestLine(head);
    const framing = this.framing;
    readFraming(head, framing);
    const connect = method === 'CONNECT';
    const upgrade = connect || framing.upgrade;
    const exchange: Exchange<T> = { token: undefined, head: method === 'HEAD', connect, upgrade, requestDone: false, responseDone: false, answered: false, settled: false };
    if (this.queue.length >= PIPELINE_CAP) throw new Unfollowable('too many requests waiting for their answers');
    this.queue.push(exchange);
    this.current = exchange;
    // Counted before any framing problem is acted on, so an exchange given up on is counted, not lost.
    if (!upgrade) exchange.token = this.listener.request(method, target);
    if (framing.problem) throw new Unfollowable(framing.problem);
    if (framing.coding === 'other') throw new Unfollowable('a request whose Transfer-Encoding does not end in chunked');
    if (exchange.token !== undefined) this.listener.requestHeaders(exchange.token, headerRecord(head));
    const sink = exchange.token === undefined ? undefined : this.requestSink;
    if (framing.coding === 'chunked') this.requestBody.start('chunked', 0, sink);
    else if (framing.length > 0) this.requestBody.start('length', framing.length, sink);
    else return this.requestEnded();
    this.requestPhase = BODY;
  }

  private requestEnded(): void {
    const exchange = this.current!;
    this.current = undefined;
    exchange.requestDone = true;
    this.requestPhase = exchange.upgrade && !exchange.responseDone ? HOLD : HEAD;
    if (exchange.responseDone) this.settle(exchange);
  }

  private readResponses(chunk: Buffer): void {
    for (let pos = 0; pos < chunk.length;) {
      if (this.responsePhase === HEAD) {
        const waiting = this.queue[0];
        if (waiting) waiting.answered = true;
        pos = this.responseHead.read(chunk, pos);
        if (pos === -1) return;
        this.responseArrived(this.responseHead.head);
        if (this.state !== FOLLOWING) return;
      } else {
        pos = this.responseBody.read(chunk, pos);
        if (pos === -1) return;
        this.responseEnded();
      }
    }
  }

  private responseArrived(head: Head): void {
    const status = statusLine(head);
    const exchange = this.queue[0];
    if (status === 101 || (exchange?.connect && status >= 200 && status < 300)) {
      // From here on the bytes are another protocol's: a tunnel, passed through unobserved.
      this.state = TUNNEL;
      this.abandonAll('unparsed');
      return;
    }
    // An interim answer (100, 102, 103): the final one follows.
    if (status < 200) return;
    const framing = this.framing;
    readFraming(head, framing);
    if (framing.problem) throw new Unfollowable(framing.problem);
    this.answering = exchange;
    const token = exchange?.token;
    if (token !== undefined) this.listener.response(token, status, headerRecord(head));
    const sink = token === undefined ? undefined : this.responseSink;
    if (exchange?.head || status === 204 || status === 304) return this.responseEnded();
    if (framing.coding === 'chunked') this.responseBody.start('chunked', 0, sink);
    else if (framing.coding === 'other' || framing.length === -1) this.responseBody.start('close', 0, sink);
    else if (framing.length > 0) this.responseBody.start('length', framing.length, sink);
    else return this.responseEnded();
    this.responsePhase = BODY;
  }

  private responseEnded(): void {
    this.responsePhase = HEAD;
    const exchange = this.answering;
    this.answering = undefined;
    if (!exchange) return;
    this.queue.shift();
    exchange.responseDone = true;
    if (exchange.requestDone) {
      // An upgrade refused: the connection is still HTTP.
      if (this.requestPhase === HOLD && exchange.upgrade) this.requestPhase = HEAD;
      this.settle(exchange);
    }
  }

  private settle(exchange: Exchange<T>): void {
    if (exchange.settled) return;
    exchange.settled = true;
    if (exchange.token !== undefined) this.listener.complete(exchange.token);
  }

  private giveUp(error: unknown): void {
    if (!(error instanceof FramingError)) this.fault(error);
    if (this.state !== FOLLOWING) return;
    this.state = GAVE_UP;
    this.requestHead.clear();
    this.responseHead.clear();
    this.abandonAll('unparsed');
  }

  private abandonAll(reason: 'unparsed' | 'no-response'): void {
    const exchanges = this.current ? [this.current, ...this.queue] : this.queue.splice(0);
    this.queue.length = 0;
    this.current = undefined;
    this.answering = undefined;
    for (const exchange of exchanges) {
      if (exchange.settled) continue;
      exchange.settled = true;
      if (exchange.token === undefined) continue;
      try {
        this.listener.abandon(exchange.token, reason);
      } catch (error) {
        this.fault(error);
      }
    }
  }
}
