import { type StoredObject } from './chunks.js';
/**
 * Sessions written by `replay-gate record` (src/record/): chunks `<base>_<n>.ndjson.gz`, plus two
 * empty-ish marker objects beside them. `<base>.recording` is written before the first chunk,
 * `<base>.complete` only after the last chunk is stored. A chunk group with the first and not the
 * second is still being written (or its recorder died): prefix resolution passes over it, so the
 * gate never reads half a session. Objects with no markers (GoReplay, hand-made files) keep
 * the plain newest-object rule. Both need nothing but PutObject to write, and no delete.
 */
export declare const RECORDING_MARKER = ".recording";
export declare const COMPLETE_MARKER = ".complete";
export declare function isSessionMarker(key: string): boolean;
/** The objects that may be a snapshot: markers left out, and the chunks of unfinished sessions. */
export declare function finishedObjects(objects: readonly StoredObject[]): StoredObject[];
