import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BodyCapture } from './body-capture.js';
import { type RecorderOptions, settingsOf } from './config.js';
import { openOutput, type OutputOptions } from './output.js';
import { Recorder, type Ticket } from './recorder.js';
import { redactionKey } from './redactor.js';

export interface MiddlewareOptions extends RecorderOptions, OutputOptions {
  /** Progress and trouble, one line each (default: standard error). */
  log?: (line: string) => void;
  /** A progress line this often (default every minute; 0 = never). */
  progressMs?: number;
}

export interface RecorderMiddleware {
  /** node:http and Express: `recorder(req, res)` first thing in the handler, or `app.use(recorder)`. */
  (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): void;
  /** Fastify: `app.addHook('onRequest', rec.onRequest)`. */
  onRequest(request: { raw: IncomingMessage }, reply: { raw: ServerResponse }, done: () => void): void;
  /** Resolves once the output is open; requests before that are not recorded. Rejects when it cannot be opened. */
  ready: Promise<void>;
  /** The progress line, now. */
  progress(): string;
  /** Writes what is queued and stores the session; call on shutdown. */
  close(timeoutMs?: number): Promise<string[]>;
}

/**
 * `import { recorder } from 'replay-gate/record'`: records the exchanges a Node server serves, in
 * process, with the proxy's options and pipeline. It only watches: `res.write`/`res.end` are
 * wrapped on the one response object to see the bytes on their way out and call straight
 * through, the request's chunks are seen as they are emitted, so the app reads them exactly as
 * before. Nothing is awaited on the response's path, and a fault in the recorder is logged,
 * never thrown into the app.
 */
export function recorder(options: MiddlewareOptions): RecorderMiddleware {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let instance: Recorder | undefined;
  const ready = openOutput(options).then((store) => {
    instance = new Recorder(settingsOf(options), { store, key: redactionKey(process.env, log), log });
    return instance;
  });
  ready.catch((error) => log(`record: cannot open ${options.out}: ${(error as Error).message}; not recording`));
  const progressMs = options.progressMs ?? 60_000;
  const timer = progressMs > 0 ? setInterval(() => instance && log(instance.progress()), progressMs).unref() : undefined;

  const observe = (req: IncomingMessage, res: ServerResponse) => {
    const rec = instance;
    if (!rec) return;
    let ticket: Ticket | undefined;
    try {
      ticket = rec.admit(req.method ?? 'GET', req.url ?? '/');
      if (ticket) watch(rec, ticket, req, res);
    } catch (error) {
      if (ticket) rec.abandon(ticket, 'error');
      log(`record: ${(error as Error).message}`);
    }
  };
  const middleware = ((req, res, next) => {
    observe(req, res);
    next?.();
  }) as RecorderMiddleware;
  middleware.onRequest = (request, reply, done) => {
    observe(request.raw, reply.raw);
    done();
  };
  middleware.ready = ready.then(() => undefined);
  middleware.ready.catch(() => undefined);
  middleware.progress = () => instance?.progress() ?? 'record: not started';
  middleware.close = async (timeoutMs = 10_000) => {
    if (timer) clearInterval(timer);
    const rec = await ready.catch(() => undefined);
    return rec ? rec.close(Date.now() + timeoutMs) : [];
  };
  return middleware;
}

function watch(rec: Recorder, admitted: Ticket, req: IncomingMessage, res: ServerResponse): void {
  let ticket: Ticket | undefined = admitted;
  const url = req.url ?? '/';
  const method = (req.method ?? 'GET').toUpperCase();
  const emit = req.emit;
  req.emit = function (this: IncomingMessage, event: string | symbol, ...args: unknown[]) {
    if (event === 'data' && ticket) see(ticket.requestBody, args[0], 'utf8');
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof req.emit;
  const write = res.write;
  const end = res.end;
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    if (ticket && args[0] !== undefined && typeof args[0] !== 'function') see(ticket.responseBody, args[0], args[1]);
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as typeof res.write;
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (ticket && args[0] !== undefined && typeof args[0] !== 'function') see(ticket.responseBody, args[0], args[1]);
    return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof res.end;
  res.once('finish', () => {
    req.emit = emit;
    const done = ticket;
    ticket = undefined;
    if (!done) return;
    try {
      rec.submit({
        method,
        url,
        requestHeaders: req.headers,
        requestBody: done.requestBody,
        status: res.statusCode,
        responseHeaders: res.getHeaders(),
        responseBody: done.responseBody,
        startedAt: done.startedAt,
        durationMs: Date.now() - done.startedAt,
      });
    } catch {
      rec.abandon(done, 'error');
    }
  });
  res.once('close', () => {
    if (ticket) {
      rec.abandon(ticket, 'no-response');
      ticket = undefined;
    }
  });
}

/** Whatever the app writes, the write goes through: a chunk the recorder cannot take spoils only the recording. */
function see(body: BodyCapture, chunk: unknown, encoding: unknown): void {
  try {
    body.add(toBuffer(chunk, encoding));
  } catch {
    body.spoil();
  }
}

function toBuffer(chunk: unknown, encoding: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
}
