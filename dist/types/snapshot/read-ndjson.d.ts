import type { Readable } from 'node:stream';
import { type PartContext } from './part.js';
import type { Exchange } from './types.js';
/** Canonical NDJSON (design §3): one exchange per line; a bad line is an issue, not the end. */
export declare function readNdjson(input: Readable, context: PartContext): AsyncGenerator<Exchange>;
