import { Agent, createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Recorder, Ticket } from './recorder.js';

/** Headers about one connection (RFC 9110 §7.6.1), never forwarded. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade']);

export interface ProxyTarget {
  hostname: string;
  port: number;
}

/**
 * A streaming reverse proxy in front of one upstream: every request is forwarded as it arrives
 * and every answer sent on as it comes, byte for byte and headers as sent (less hop-by-hop ones),
 * with back-pressure both ways. Sampled exchanges are observed on the side: the recorder sees the
 * chunks after they are passed on and never holds one back. Upgrades (websockets) are tunnelled
 * and not recorded.
 */
export function createRecordingProxy(upstream: ProxyTarget, recorder: Recorder, log: (line: string) => void): RecordingProxy {
  // Upgraded connections leave the HTTP server's bookkeeping: shutdown ends them itself.
  const tunnels = new Set<Socket>();
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: 256 });
  const server = createServer((req, res) => forward(req, res, false));
  // An expect: 100-continue request is forwarded at once; the upstream's 100 is passed back.
  server.on('checkContinue', (req, res) => forward(req, res, true));
  server.on('upgrade', (req, socket, head) => tunnel(req, socket as Socket, head));
  // No timeouts of the proxy's own beyond the upstream's: long requests behave as without it.
  server.requestTimeout = 0;
  server.on('close', () => agent.destroy());

  function forward(req: IncomingMessage, res: ServerResponse, expectContinue: boolean): void {
    let ticket: Ticket | undefined;
    try {
      ticket = recorder.admit(req.method ?? 'GET', req.url ?? '/');
    } catch (error) {
      log(`record: ${(error as Error).message}`);
    }
    const headers = flatten(forwardedHeaders(req.rawHeaders, true));
    const outgoing = httpRequest({ ...upstream, agent, method: req.method, path: req.url, headers, setHost: false });
    if (expectContinue) outgoing.on('continue', () => res.writeContinue());
    outgoing.on('information', (info) => {
      if (info.statusCode === 102) res.writeProcessing();
      else if (info.statusCode === 103) res.writeEarlyHints(pairsOf(info.rawHeaders));
    });
    outgoing.on('response', (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, flatten(forwardedHeaders(answer.rawHeaders, false)));
      if (ticket) {
        const body = ticket.responseBody;
        answer.on('data', (chunk: Buffer) => body.add(chunk));
      }
      answer.pipe(res);
      answer.on('error', () => res.destroy());
      // An upstream that breaks off mid-answer: the client sees the answer break off too.
      answer.on('aborted', () => res.destroy());
      res.on('finish', () => {
        if (!ticket) return;
        if (!answer.complete) return recorder.abandon(ticket, 'no-response');
        const done = ticket;
        ticket = undefined;
        recorder.submit({
          method: (req.method ?? 'GET').toUpperCase(),
          url: req.url ?? '/',
          requestHeaders: req.headers,
          requestBody: done.requestBody,
          status: answer.statusCode ?? 0,
          responseHeaders: answer.headers,
          responseBody: done.responseBody,
          startedAt: done.startedAt,
          durationMs: Date.now() - done.startedAt,
        });
      });
    });
    outgoing.on('error', () => {
      if (ticket) {
        recorder.abandon(ticket, 'no-response');
        ticket = undefined;
      }
      if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'text/plain', connection: 'close' });
        res.end('replay-gate record: the upstream did not answer\n');
      } else res.destroy();
    });
    // A client that goes away takes its upstream request with it.
    res.on('close', () => {
      if (!res.writableFinished) {
        outgoing.destroy();
        if (ticket) {
          recorder.abandon(ticket, 'no-response');
          ticket = undefined;
        }
      }
    });
    if (ticket) {
      const body = ticket.requestBody;
      req.on('data', (chunk: Buffer) => body.add(chunk));
    }
    // Without a body (RFC 9112 §6.3: no Transfer-Encoding, no Content-Length above 0), the
    // upstream request ends at once: a pipe would add its half-dozen listeners on both streams to
    // every GET only to wait for an end that has nothing before it.
    if (bodyless(req)) {
      outgoing.end();
      req.resume();
    } else req.pipe(outgoing);
  }

  function tunnel(req: IncomingMessage, socket: Socket, head: Buffer): void {
    const outgoing = httpRequest({ ...upstream, method: req.method, path: req.url, headers: flatten(tunnelHeaders(req.rawHeaders)), setHost: false });
    outgoing.on('upgrade', (answer, upstreamSocket, upstreamHead) => {
      socket.write(`HTTP/1.1 ${answer.statusCode} ${answer.statusMessage}\r\n${rawHead(answer.rawHeaders)}\r\n`);
      if (upstreamHead.length > 0) socket.write(upstreamHead);
      if (head.length > 0) upstreamSocket.write(head);
      tunnels.add(socket).add(upstreamSocket);
      upstreamSocket.pipe(socket).pipe(upstreamSocket);
      upstreamSocket.on('error', () => socket.destroy());
      socket.on('error', () => upstreamSocket.destroy());
      upstreamSocket.on('close', () => {
        tunnels.delete(upstreamSocket);
        socket.destroy();
      });
      socket.on('close', () => {
        tunnels.delete(socket);
        upstreamSocket.destroy();
      });
    });
    // The upstream refused the upgrade: its ordinary answer goes back as it is.
    outgoing.on('response', (answer) => {
      socket.write(`HTTP/1.1 ${answer.statusCode} ${answer.statusMessage}\r\n${rawHead(forwardedHeaders(answer.rawHeaders, false).flat())}connection: close\r\n\r\n`);
      answer.pipe(socket);
    });
    outgoing.on('error', () => socket.destroy());
    socket.on('error', () => outgoing.destroy());
    outgoing.end();
  }

  return {
    server,
    closeTunnels() {
      for (const socket of tunnels) socket.destroy();
    },
  };
}

export interface RecordingProxy {
  server: Server;
  /** Ends every upgraded connection (websockets), which server.close() does not wait for cleanly. */
  closeTunnels(): void;
}

/** Raw header pairs less the hop-by-hop ones (and those `connection` names), duplicates and case kept. */
function forwardedHeaders(raw: string[], request: boolean): [string, string][] {
  const named = new Set<string>();
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i]!.toLowerCase() === 'connection') for (const token of raw[i + 1]!.split(',')) named.add(token.trim().toLowerCase());
  }
  const pairs: [string, string][] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const lower = raw[i]!.toLowerCase();
    if (HOP_BY_HOP.has(lower) || named.has(lower)) {
      // `te: trailers` is the one end-to-end use of TE (gRPC needs it).
      if (!(request && lower === 'te' && raw[i + 1]!.trim().toLowerCase() === 'trailers')) continue;
    }
    pairs.push([raw[i]!, raw[i + 1]!]);
  }
  return pairs;
}

function bodyless(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] === undefined && (length === undefined || length === '0');
}

function tunnelHeaders(raw: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < raw.length; i += 2) pairs.push([raw[i]!, raw[i + 1]!]);
  return pairs;
}

/** node:http takes a flat [name, value, name, value] list, which keeps repeated headers apart. */
function flatten(pairs: [string, string][]): string[] {
  return pairs.flat();
}

/** writeEarlyHints reads `link` by its lower-case name. */
function pairsOf(raw: string[]): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    const known = headers[name];
    headers[name] = known === undefined ? raw[i + 1]! : [...[known].flat(), raw[i + 1]!];
  }
  return headers;
}

function rawHead(raw: string[]): string {
  let text = '';
  for (let i = 0; i < raw.length; i += 2) text += `${raw[i]}: ${raw[i + 1]}\r\n`;
  return text;
}
