import type { Dispatcher } from 'undici';
import type { Answer, OutgoingRequest } from './types.js';
export interface DispatchLimits {
    timeoutMs: number;
    /** Bodies over this, decoded, keep their first bytes, and are compared by length and hash. */
    maxBodyBytes: number;
}
/**
 * Sends one request through undici's dispatcher and collects the answer, decoded. The
 * dispatcher's handler API rather than `request()`: no stream, promise chain or async iterator
 * per response, which is a fifth of the client's CPU per request at the rates the gate runs.
 * One plain timer per request (not an AbortSignal) is the deadline for the whole answer, 1xx
 * answers and body included: undici's headersTimeout starts again on every 1xx and its
 * bodyTimeout on every chunk, so neither bounds a server that keeps talking.
 * Never rejects, and always settles: a failure is an Answer with `error`, and says whether any
 * of the answer had arrived (a request half answered must not be sent again).
 */
export declare function dispatchOnce(dispatcher: Dispatcher, request: OutgoingRequest, limits: DispatchLimits): Promise<Answer>;
