import type { OriginSet } from './origins.js';
/** Whether two equally long lists hold the same elements (up to volatile values) in any order. */
export declare function sameElements(a: unknown[], b: unknown[], origins?: OriginSet): boolean;
/**
 * A cheap necessary condition, for lists of one length, for elements having moved (reordered, or
 * shifted by one gone and another come): at the first place they differ, a's element is found
 * elsewhere in b, or b's elsewhere in a. Linear, where aligning the lists is quadratic.
 */
export declare function mayHaveMoved(a: unknown[], b: unknown[], origins?: OriginSet): boolean;
export declare function sameMultiset(a: string[], b: string[]): boolean;
/** How two lists line up: see alignElements. */
export interface Alignment {
    /** Elements equal in both lists, in order (the longest common subsequence). */
    anchored: number;
    /** Elements equal to the one at the same index of the other list. */
    inPlace: number;
    /** Unequal elements, one from each side, that stand between the same anchors: compared as a pair. */
    pairs: [number, number][];
    /** Indices of a's elements with no counterpart in b, and of b's with none in a. */
    onlyA: number[];
    onlyB: number[];
}
/**
 * Aligns equal elements (up to volatile values) by a longest common subsequence; what lies
 * between two aligned pairs is paired by position, and what is left over on one side has no
 * counterpart.
 */
export declare function alignElements(a: unknown[], b: unknown[], origins?: OriginSet): Alignment;
/**
 * A text of a value with volatile strings abstracted, so elements equal but for noise align.
 * Key order is kept as sent: one server serialises one type's keys in one order.
 */
export declare function fingerprint(value: unknown, origins?: OriginSet): string;
export declare function fingerprints(list: readonly unknown[], origins?: OriginSet): string[];
