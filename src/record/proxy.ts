import type { IncomingHttpHeaders } from 'node:http';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { type HttpListener, HttpObserver } from './http-observer.js';
import type { Recorder, Ticket } from './recorder.js';

export interface ProxyTarget {
  hostname: string;
  port: number;
}

export interface RecordingProxy {
  server: Server;
  /** Ends each connection once nothing is in flight on it: idle ones now, busy ones when their answer completes. */
  drain(): void;
  /** Destroys every connection still open (tunnels, answers that did not finish in time). */
  destroyAll(): void;
}

const BAD_GATEWAY_BODY = 'replay-gate record: the upstream did not answer\n';
const BAD_GATEWAY = Buffer.from(
  `HTTP/1.1 502 Bad Gateway\r\ncontent-type: text/plain\r\nconnection: close\r\ncontent-length: ${Buffer.byteLength(BAD_GATEWAY_BODY)}\r\n\r\n${BAD_GATEWAY_BODY}`,
);
/**
 * With the upstream unreachable, how long a client that has connected may take to send the
 * request the 502 answers. The one wait the proxy bounds itself: there is no upstream whose own
 * timeouts would.
 */
const UNREACHABLE_WAIT_MS = 10_000;

/**
 * A reverse proxy in front of one upstream that relays bytes: each client connection gets one
 * upstream connection of its own, and what either side sends goes to the other as it arrives,
 * untouched (headers, hop-by-hop ones included, framing and all), with back-pressure both ways
 * and half-closes passed on. So keep-alive, pipelining, chunked bodies, 1xx answers and upgrades
 * behave exactly as without the proxy, and every timeout is the upstream's own.
 *
 * Each chunk, once passed on, is shown to an HttpObserver, which follows the exchanges on the
 * connection and hands the sampled ones to the recorder; it never holds a byte back. Upgrades
 * (websockets) and CONNECT are tunnelled and not recorded.
 */
export function createRecordingProxy(upstream: ProxyTarget, recorder: Recorder, log: (line: string) => void): RecordingProxy {
  const listener = recordingListener(recorder);
  const relays = new Set<Relay>();
  const state = { draining: false };
  const server = createServer({ allowHalfOpen: true, noDelay: true }, (client) => {
    const relay = new Relay(client, upstream, listener, log, state, () => relays.delete(relay));
    relays.add(relay);
  });
  return {
    server,
    drain() {
      state.draining = true;
      for (const relay of relays) relay.endIfIdle();
    },
    destroyAll() {
      for (const relay of relays) relay.destroy();
    },
  };
}

/** What the proxy holds for one sampled exchange while it passes. */
interface Recording {
  ticket: Ticket;
  method: string;
  url: string;
  requestHeaders: IncomingHttpHeaders;
  status: number;
  responseHeaders: IncomingHttpHeaders;
}

function recordingListener(recorder: Recorder): HttpListener<Recording> {
  return {
    request(method, url) {
      const ticket = recorder.admit(method, url);
      return ticket && { ticket, method, url, requestHeaders: {}, status: 0, responseHeaders: {} };
    },
    requestHeaders(recording, headers) {
      recording.requestHeaders = headers;
    },
    requestBody(recording, bytes) {
      recording.ticket.requestBody.add(bytes);
    },
    response(recording, status, headers) {
      recording.status = status;
      recording.responseHeaders = headers;
    },
    responseBody(recording, bytes) {
      recording.ticket.responseBody.add(bytes);
    },
    complete({ ticket, method, url, requestHeaders, status, responseHeaders }) {
      recorder.submit({
        method, url, requestHeaders, requestBody: ticket.requestBody, status, responseHeaders, responseBody: ticket.responseBody,
        startedAt: ticket.startedAt, durationMs: Date.now() - ticket.startedAt,
      });
    },
    abandon(recording, reason) {
      recorder.abandon(recording.ticket, reason);
    },
  };
}

/** One client connection and the upstream connection it is relayed to. */
class Relay {
  private readonly upstream: Socket;
  private readonly observer: HttpObserver<Recording>;
  private connected = false;
  /** The upstream could not be reached: the client gets a 502 for its request, and nothing is relayed. */
  private unreachable = false;
  private unreachableTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly client: Socket,
    target: ProxyTarget,
    listener: HttpListener<Recording>,
    log: (line: string) => void,
    private readonly state: { draining: boolean },
    /** Both sockets are closed: the relay is done. */
    done: () => void,
  ) {
    let faulted = false;
    this.observer = new HttpObserver(listener, (error) => {
      // A fault of the recorder's own, never of the traffic: logged once per connection.
      if (!faulted) log(`record: ${(error as Error).message ?? String(error)}`);
      faulted = true;
    });
    const upstream = connect({ host: target.hostname, port: target.port, noDelay: true, allowHalfOpen: true });
    this.upstream = upstream;
    const resumeClient = () => client.resume();
    const resumeUpstream = () => upstream.resume();

    client.on('data', (chunk: Buffer) => {
      if (this.unreachable) {
        this.observer.fromClient(chunk);
        this.answerUnreachable();
        return;
      }
      // Shut by a drain: the bytes have nowhere to go.
      if (upstream.writableEnded || upstream.destroyed) return;
      if (!upstream.write(chunk)) {
        client.pause();
        upstream.once('drain', resumeClient);
      }
      this.observer.fromClient(chunk);
      // An answer that came before its request was whole (a 413) completes the exchange here.
      if (this.state.draining && this.observer.idle) this.end();
    });
    upstream.on('data', (chunk: Buffer) => {
      if (client.writableEnded || client.destroyed) return;
      if (!client.write(chunk)) {
        upstream.pause();
        client.once('drain', resumeUpstream);
      }
      this.observer.fromUpstream(chunk);
      if (this.state.draining && this.observer.idle) this.end();
    });
    upstream.once('connect', () => (this.connected = true));

    client.on('end', () => {
      // A client done sending before its request was whole gets nothing (one whose request was has its 502 on the way).
      if (this.unreachable) {
        if (!client.writableEnded) client.destroy();
      } else if (!upstream.writableEnded) upstream.end();
    });
    // An upstream that hangs up, answered or not, hangs up on the client too: as without the
    // proxy, so a client that retries an idempotent request on a closed keep-alive connection
    // (the race with the service's keep-alive timeout) still does, where a 502 would fail it.
    upstream.on('end', () => {
      this.observer.upstreamEnded();
      if (!client.writableEnded) client.end();
    });

    client.on('error', () => upstream.destroy());
    upstream.on('error', () => {
      if (!this.connected) {
        this.unreachable = true;
        this.unreachableTimer = setTimeout(() => client.destroy(), UNREACHABLE_WAIT_MS).unref();
        this.answerUnreachable();
      } else client.destroy();
    });

    let open = 2;
    const closed = () => --open === 0 && done();
    client.on('close', () => {
      clearTimeout(this.unreachableTimer);
      this.observer.end();
      closeAfter(upstream);
      closed();
    });
    upstream.on('close', () => {
      closed();
      if (this.unreachable) return;
      this.observer.end();
      closeAfter(client);
    });
  }

  /** Draining: a connection with nothing in flight is ended now, a busy one when its answer completes (see the upstream's data). */
  endIfIdle(): void {
    if (this.observer.idle) this.end();
  }

  destroy(): void {
    this.client.destroy();
    this.upstream.destroy();
  }

  private end(): void {
    if (!this.client.writableEnded) this.client.end();
    if (!this.upstream.writableEnded && !this.upstream.destroyed) this.upstream.end();
  }

  private answerUnreachable(): void {
    if (this.observer.awaitingAnswer) this.badGateway();
    // Bytes that are not a request it can follow: there is nothing to answer.
    else if (!this.observer.following) this.client.destroy();
  }

  /** The upstream could not be reached: the request waiting gets a 502, and the connection ends. */
  private badGateway(): void {
    this.observer.end();
    this.upstream.destroy();
    if (!this.client.writableEnded && !this.client.destroyed) this.client.end(BAD_GATEWAY);
  }
}

/** The other side of a closed connection: let what was already passed to it finish, or, if nothing ended it, destroy it. */
function closeAfter(socket: Socket): void {
  if (socket.destroyed) return;
  if (!socket.writableEnded) socket.destroy();
  else if (socket.writableFinished) socket.destroy();
  else socket.once('finish', () => socket.destroy());
}
