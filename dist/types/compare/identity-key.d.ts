/**
 * Lists of records are matched by the field that names each record, so that a field changing on
 * every record reads as that change once per record, not as unrelated records swapped around.
 */
export declare const IDENTITY_KEYS: readonly ['id', 'uuid', 'key', 'slug', 'sku', 'code'];
/**
 * A record's identity as text, so `1` and `"1"` name the same record (an id that became a string
 * is then a type change of the one record, not one record gone and another come); undefined when
 * the element is no object or its key is no string or finite number.
 */
export declare function identityOf(element: unknown, key: string): string | undefined;
/**
 * Each element's identity under `key`, or undefined unless every element has one and no two
 * share it: matching by a key that is missing or repeated would pair records wrongly.
 */
export declare function identities(list: readonly unknown[], key: string): string[] | undefined;
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
export declare function matchByIdentity(a: readonly unknown[], b: readonly unknown[]): IdentityMatch | undefined;
/** Matches by a given key (inferred, or a rules file's), or undefined when the key cannot name every element. */
export declare function matchBy(a: readonly unknown[], b: readonly unknown[], key: string, minShare?: number): IdentityMatch | undefined;
/** Whether both lists name the same record at every position (then position and identity agree). */
export declare function samePositions(a: readonly unknown[], b: readonly unknown[], key: string): boolean;
