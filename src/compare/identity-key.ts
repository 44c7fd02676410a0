/**
 * Lists of records are matched by the field that names each record, so that a field changing on
 * every record reads as that change once per record, not as unrelated records swapped around.
 */

// The names APIs give their identifying field, most specific last; the first that qualifies wins.
export const IDENTITY_KEYS = ['id', 'uuid', 'key', 'slug', 'sku', 'code'] as const;

// Lists this short are as well compared by position: nothing to mismatch.
const MIN_ELEMENTS = 2;

/**
 * A record's identity as text, so `1` and `"1"` name the same record (an id that became a string
 * is then a type change of the one record, not one record gone and another come); undefined when
 * the element is no object or its key is no string or finite number.
 */
export function identityOf(element: unknown, key: string): string | undefined {
  if (element === null || typeof element !== 'object' || Array.isArray(element)) return undefined;
  const value = (element as Record<string, unknown>)[key];
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * Each element's identity under `key`, or undefined unless every element has one and no two
 * share it: matching by a key that is missing or repeated would pair records wrongly.
 */
export function identities(list: readonly unknown[], key: string): string[] | undefined {
  const seen = new Set<string>();
  const found: string[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const identity = identityOf(list[i], key);
    if (identity === undefined || seen.has(identity)) return undefined;
    seen.add(identity);
    found[i] = identity;
  }
  return found;
}

/** How two lists of records pair up by an identity key. */
export interface IdentityMatch {
  key: string;
  /** Pairs of indices (a, b) naming the same record, in a's order. */
  pairs: [number, number][];
  onlyA: number[];
  onlyB: number[];
  /** Whether the paired records stand in another relative order in b. */
  reordered: boolean;
}

/**
 * Matches two lists by the first identity key that every element of both holds uniquely, when
 * at least half the shorter list's records are found on both sides: ids minted afresh on every
 * answer name no record, and then the lists are aligned by content instead.
 */
export function matchByIdentity(a: readonly unknown[], b: readonly unknown[]): IdentityMatch | undefined {
  if (a.length < MIN_ELEMENTS || b.length < MIN_ELEMENTS) return undefined;
  // Cheap rejection first: lists of scalars, or of records without any of the keys.
  const first = a[0];
  if (first === null || typeof first !== 'object' || Array.isArray(first)) return undefined;
  for (const key of IDENTITY_KEYS) {
    if (identityOf(first, key) === undefined || identityOf(b[0], key) === undefined) continue;
    const match = matchBy(a, b, key);
    if (match) return match;
  }
  return undefined;
}

/** Matches by a given key (inferred, or a rules file's), or undefined when the key cannot name every element. */
export function matchBy(a: readonly unknown[], b: readonly unknown[], key: string, minShare = 0.5): IdentityMatch | undefined {
  const idsA = identities(a, key);
  if (!idsA) return undefined;
  const idsB = identities(b, key);
  if (!idsB) return undefined;
  const indexB = new Map<string, number>();
  for (let j = 0; j < idsB.length; j++) indexB.set(idsB[j]!, j);
  const match: IdentityMatch = { key, pairs: [], onlyA: [], onlyB: [], reordered: false };
  const matchedB = new Uint8Array(b.length);
  let last = -1;
  for (let i = 0; i < idsA.length; i++) {
    const j = indexB.get(idsA[i]!);
    if (j === undefined) {
      match.onlyA.push(i);
      continue;
    }
    if (j < last) match.reordered = true;
    last = j;
    matchedB[j] = 1;
    match.pairs.push([i, j]);
  }
  if (match.pairs.length < minShare * Math.min(a.length, b.length) || match.pairs.length === 0) return undefined;
  for (let j = 0; j < b.length; j++) if (!matchedB[j]) match.onlyB.push(j);
  return match;
}

/** Whether both lists name the same record at every position (then position and identity agree). */
export function samePositions(a: readonly unknown[], b: readonly unknown[], key: string): boolean {
  for (let i = 0; i < a.length; i++) if (identityOf(a[i], key) !== identityOf(b[i], key)) return false;
  return true;
}
