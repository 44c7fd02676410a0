/**
 * Which objects under a prefix (or files in a folder) make up the snapshot:
 *
 * - the newest object (by last-modified time; on a tie, the one last in name order) is the snapshot;
 * - unless its name carries a chunk index: `<base>_<n><extensions>`, n at most 6 digits, the
 *   way GoReplay names the chunks of one recording (`requests_0.gor`, `requests_1.gor`, and for
 *   gzip output `requests.gor_0.gz`). Then every object in the same folder with the same base
 *   and extensions is a chunk of that one snapshot, read in chunk-number order.
 *
 * The separator must be `_` and the number short, so dated names such as `2026-11-24.ndjson`
 * or `traffic_20261124.ndjson` are single snapshots, and the newest of them is the one read.
 */
export interface StoredObject {
  /** The full key or path. */
  key: string;
  /** Milliseconds since the epoch. */
  modified: number;
}

export interface ChunkName {
  /** Everything before `_<n>`, folder included: chunks of one snapshot share it. */
  base: string;
  index: number;
  extensions: string;
}

const CHUNK = /^(.*[^/])_(\d{1,6})((?:\.[A-Za-z0-9]+)*)$/;

export function chunkNameOf(key: string): ChunkName | undefined {
  const match = CHUNK.exec(key);
  if (!match) return undefined;
  return { base: match[1]!, index: Number(match[2]), extensions: match[3]! };
}

export function newestOf(objects: Iterable<StoredObject>): StoredObject | undefined {
  let newest: StoredObject | undefined;
  for (const object of objects) {
    if (!newest || object.modified > newest.modified || (object.modified === newest.modified && naturalCompare(object.key, newest.key) > 0)) {
      newest = object;
    }
  }
  return newest;
}

/** The keys that belong to the newest object's chunk group, in chunk order; the key alone when it is no chunk. */
export function chunkGroupOf(newest: string, keys: Iterable<string>): string[] {
  const chunk = chunkNameOf(newest);
  if (!chunk) return [newest];
  const group = [...keys].filter((key) => {
    const other = chunkNameOf(key);
    return other !== undefined && other.base === chunk.base && other.extensions === chunk.extensions;
  });
  return group.sort((a, b) => chunkNameOf(a)!.index - chunkNameOf(b)!.index || naturalCompare(a, b));
}

/** Name order with numbers compared as numbers: `part_2` before `part_10`. */
export function naturalCompare(a: string, b: string): number {
  return COLLATOR.compare(a, b);
}

const COLLATOR = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

/** A short name for a chunk group: `s3://b/shop/requests_*.gor (3 chunks)`. */
export function groupName(prefix: string, keys: string[]): string {
  if (keys.length === 1) return `${prefix}${keys[0]}`;
  const chunk = chunkNameOf(keys[0]!)!;
  return `${prefix}${chunk.base}_*${chunk.extensions} (${keys.length} chunks)`;
}
