import { chunkNameOf, type StoredObject } from './chunks.js';

/**
 * Sessions written by `replay-gate record` (src/record/): chunks `<base>_<n>.ndjson.gz`, plus two
 * empty-ish marker objects beside them. `<base>.recording` is written before the first chunk,
 * `<base>.complete` only after the last chunk is stored. A chunk group with the first and not the
 * second is still being written (or its recorder died): prefix resolution passes over it, so the
 * gate never reads half a session. Objects with no markers (GoReplay, hand-made files) keep
 * the plain newest-object rule. Both need nothing but PutObject to write, and no delete.
 */
export const RECORDING_MARKER = '.recording';
export const COMPLETE_MARKER = '.complete';

export function isSessionMarker(key: string): boolean {
  return key.endsWith(RECORDING_MARKER) || key.endsWith(COMPLETE_MARKER);
}

/** The objects that may be a snapshot: markers left out, and the chunks of unfinished sessions. */
export function finishedObjects(objects: readonly StoredObject[]): StoredObject[] {
  const keys = new Set(objects.map((o) => o.key));
  const unfinished = (base: string) => keys.has(`${base}${RECORDING_MARKER}`) && !keys.has(`${base}${COMPLETE_MARKER}`);
  return objects.filter((object) => {
    if (isSessionMarker(object.key)) return false;
    const chunk = chunkNameOf(object.key);
    return !chunk || !unfinished(chunk.base);
  });
}
