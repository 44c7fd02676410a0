import { type SnapshotFormat } from './detect.js';
import type { SnapshotSource } from './source.js';
import type { DecodeIssues, Exchange } from './types.js';
export interface ReadOptions {
    /** Told the format of each part once it is known (the CLI's inspect shows it). */
    onPart?: (name: string, format: SnapshotFormat) => void;
    /**
     * Says from its id alone whether an exchange can be of any use. One that cannot may be left
     * out unread (NDJSON lines whose id reads without parsing), or may still be yielded: callers
     * filter what they get as before. Its decode issues may then go unreported: for a second read.
     */
    wanted?: (id: string) => boolean;
}
/**
 * Streams the exchanges of a snapshot, part after part, each part in the format its content
 * (or else its name) shows, plain or gzip. Undecodable entries and a broken byte stream are
 * recorded in `issues` with their place, and the reading goes on with what is left.
 */
export declare function readExchanges(source: SnapshotSource, issues: DecodeIssues, options?: ReadOptions): AsyncGenerator<Exchange>;
