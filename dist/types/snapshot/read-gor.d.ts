import type { Readable } from 'node:stream';
import type { GorPairer } from './gor-pairing.js';
import { type PartContext } from './part.js';
import type { Exchange } from './types.js';
/**
 * GoReplay files (.gor). Requests and responses are paired by the pairer, which the reader of
 * a whole snapshot shares between its chunks: a response can land in the chunk after its request.
 * Type 3 payloads (responses of an earlier replay, not of production) are not recordings and are passed over.
 */
export declare function readGor(input: Readable, context: PartContext, pairer: GorPairer): AsyncGenerator<Exchange>;
