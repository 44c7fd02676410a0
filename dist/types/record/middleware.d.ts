import type { IncomingMessage, ServerResponse } from 'node:http';
import { type RecorderOptions } from './config.js';
import { type OutputOptions } from './output.js';
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
    onRequest(request: {
        raw: IncomingMessage;
    }, reply: {
        raw: ServerResponse;
    }, done: () => void): void;
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
export declare function recorder(options: MiddlewareOptions): RecorderMiddleware;
