import type { Readable } from 'node:stream';
import { type PartContext } from './part.js';
import type { Exchange } from './types.js';
/** HAR 1.2, streamed: entries are cut out of the byte stream one at a time and parsed alone. */
export declare function readHar(input: Readable, context: PartContext): AsyncGenerator<Exchange>;
