import { type SnapshotFormat } from './detect.js';
import type { SnapshotSource } from './source.js';
import type { DecodeIssues, Exchange } from './types.js';
export interface ReadOptions {
    /** Told the format of each part once it is known (the CLI's inspect shows it). */
    onPart?: (name: string, format: SnapshotFormat) => void;
}
/**
 * Streams the exchanges of a snapshot, part after part, each part in the format its content
 * (or else its name) shows, plain or gzip. Undecodable entries and a broken byte stream are
 * recorded in `issues` with their place, and the reading goes on with what is left.
 */
export declare function readExchanges(source: SnapshotSource, issues: DecodeIssues, options?: ReadOptions): AsyncGenerator<Exchange>;
