import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import type { BodyCapture } from './body-capture.js';
/** One exchange as seen on the wire, before it is encoded, redacted and written. */
export interface Capture {
    method: string;
    url: string;
    requestHeaders: IncomingHttpHeaders;
    requestBody: BodyCapture;
    status: number;
    responseHeaders: IncomingHttpHeaders | OutgoingHttpHeaders;
    responseBody: BodyCapture;
    /** Epoch milliseconds when the request arrived. */
    startedAt: number;
    durationMs: number;
}
