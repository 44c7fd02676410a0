import type { Readable } from 'node:stream';
import { type PartContext } from './part.js';
import type { Exchange } from './types.js';
/**
 * Canonical NDJSON (design §3): one exchange per line; a bad line is an issue, not the end.
 * `wanted`: a line whose id can be read unparsed (line-id.ts) and is not wanted is skipped, not
 * parsed; any other line is read as usual.
 */
export declare function readNdjson(input: Readable, context: PartContext, wanted?: (id: string) => boolean): AsyncGenerator<Exchange>;
