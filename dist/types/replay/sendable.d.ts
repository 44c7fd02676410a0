import type { OutgoingRequest } from './types.js';
/**
 * Why the HTTP client would refuse to send this request, or undefined when it can be sent.
 * undici refuses such a request synchronously, and in a Pool the connection it had picked is then
 * left waiting for a drain that never comes: enough of them and nothing is sent again. So nothing
 * is dispatched before this says it may be. The reason names the header or the character, never
 * a header's value, which may be a credential.
 */
export declare function whyUnsendable(request: OutgoingRequest): string | undefined;
