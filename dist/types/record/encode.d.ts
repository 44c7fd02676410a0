import type { Exchange } from '../snapshot/types.js';
import type { Capture } from './capture.js';
export type EncodeFailure = 'body-over-cap' | 'memory' | 'undecodable';
/**
 * A capture as a canonical exchange (README "Snapshot formats"): the response body decoded from
 * its content coding (as the gate decodes a replayed answer), a body past the cap kept as its
 * digest. Undefined with the reason when it cannot be recorded faithfully.
 */
export declare function encodeCapture(capture: Capture, id: string): Promise<Exchange | EncodeFailure>;
