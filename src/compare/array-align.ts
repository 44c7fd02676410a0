import { diffArrays } from 'diff';
import type { OriginSet } from './origins.js';
import { sameVolatileKind, volatileKind } from './volatile.js';

/**
 * How list elements relate, up to volatile values (and the deployments' own origins, when given): same elements in another order, or which
 * elements pair up around an insertion. The JSON comparison decides what to report from it.
 */

// Up to this length a full longest-common-subsequence table (quadratic) aligns the lists; longer
// ones go through Myers' diff, whose cost grows with the number of edits rather than the lengths.
const MAX_TABLE_LENGTH = 400;
// Past this many inserted and removed elements, lists that long are unrelated enough that pairing
// them by position says as much as aligning them would, and it costs nothing.
const MAX_EDITS = 1000;

/** Whether two equally long lists hold the same elements (up to volatile values) in any order. */
export function sameElements(a: unknown[], b: unknown[], origins?: OriginSet): boolean {
  // Short lists, the common case, match pairwise without building a text of every element.
  if (a.length > 16) return sameMultiset(fingerprints(a, origins), fingerprints(b, origins));
  const used = new Array<boolean>(b.length).fill(false);
  return a.every((item) => {
    const j = b.findIndex((other, k) => !used[k] && equivalent(item, other, origins));
    if (j === -1) return false;
    used[j] = true;
    return true;
  });
}

/**
 * A cheap necessary condition, for lists of one length, for elements having moved (reordered, or
 * shifted by one gone and another come): at the first place they differ, a's element is found
 * elsewhere in b, or b's elsewhere in a. Linear, where aligning the lists is quadratic.
 */
export function mayHaveMoved(a: unknown[], b: unknown[], origins?: OriginSet): boolean {
  const i = a.findIndex((item, k) => !equivalent(item, b[k], origins));
  if (i === -1) return false;
  return b.some((item, k) => k !== i && equivalent(a[i], item, origins)) || a.some((item, k) => k !== i && equivalent(item, b[i], origins));
}

/** Deep equality that, like the comparison, takes two values of one volatile kind as equal. */
function equivalent(a: unknown, b: unknown, origins: OriginSet | undefined): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') return sameVolatileKind(a, b) || (origins !== undefined && origins.same(a, b));
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, i) => equivalent(item, (b as unknown[])[i], origins));
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && equivalent((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], origins));
}


export function sameMultiset(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const counts = new Map<string, number>();
  for (const print of a) counts.set(print, (counts.get(print) ?? 0) + 1);
  for (const print of b) {
    const left = counts.get(print);
    if (!left) return false;
    counts.set(print, left - 1);
  }
  return true;
}

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

// Below this many element pairs, comparing elements directly is cheaper than writing a text of
// each (fingerprint) to compare texts.
const DIRECT_COMPARISONS = 256;

/**
 * Aligns equal elements (up to volatile values) by a longest common subsequence; what lies
 * between two aligned pairs is paired by position, and what is left over on one side has no
 * counterpart.
 */
export function alignElements(a: unknown[], b: unknown[], origins?: OriginSet): Alignment {
  if (a.length > MAX_TABLE_LENGTH || b.length > MAX_TABLE_LENGTH) return alignLong(a, b, origins);
  const shorter = Math.min(a.length, b.length);
  const same = sameAt(a, b, origins);
  const table = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] = same(i, j) ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  let inPlace = 0;
  for (let i = 0; i < shorter; i++) if (same(i, i)) inPlace++;
  const gaps = new Gaps(table[0]![0]!, inPlace);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (table[i]![j]! === table[i + 1]![j + 1]! + 1 && same(i, j)) {
      gaps.anchor();
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) gaps.onlyA(i++);
    else gaps.onlyB(j++);
  }
  while (i < a.length) gaps.onlyA(i++);
  while (j < b.length) gaps.onlyB(j++);
  return gaps.finish();
}

/** Long lists: Myers' diff over the elements' fingerprints, bounded in edits; past the bound, by position. */
function alignLong(a: unknown[], b: unknown[], origins: OriginSet | undefined): Alignment {
  const printsA = fingerprints(a, origins);
  const printsB = fingerprints(b, origins);
  const shorter = Math.min(a.length, b.length);
  let inPlace = 0;
  for (let i = 0; i < shorter; i++) if (printsA[i] === printsB[i]) inPlace++;
  const changes = diffArrays(printsA, printsB, { maxEditLength: MAX_EDITS });
  if (!changes) {
    const rest = (length: number) => Array.from({ length: length - shorter }, (_, k) => shorter + k);
    return { anchored: inPlace, inPlace, pairs: Array.from({ length: shorter }, (_, i) => [i, i] as [number, number]).filter(([i]) => printsA[i] !== printsB[i]), onlyA: rest(a.length), onlyB: rest(b.length) };
  }
  const anchored = changes.reduce((sum, change) => sum + (change.added || change.removed ? 0 : change.count), 0);
  const gaps = new Gaps(anchored, inPlace);
  let i = 0;
  let j = 0;
  for (const change of changes) {
    if (change.removed) for (let k = 0; k < change.count; k++) gaps.onlyA(i++);
    else if (change.added) for (let k = 0; k < change.count; k++) gaps.onlyB(j++);
    else {
      for (let k = 0; k < change.count; k++) gaps.anchor();
      i += change.count;
      j += change.count;
    }
  }
  return gaps.finish();
}

/**
 * Builds an Alignment from a walk over both lists: unequal elements between the same two anchors
 * are paired by position, and what is left over on one side has no counterpart.
 */
class Gaps {
  private readonly alignment: Alignment;
  private gapA: number[] = [];
  private gapB: number[] = [];

  constructor(anchored: number, inPlace: number) {
    this.alignment = { anchored, inPlace, pairs: [], onlyA: [], onlyB: [] };
  }

  onlyA(i: number): void {
    this.gapA.push(i);
  }

  onlyB(j: number): void {
    this.gapB.push(j);
  }

  anchor(): void {
    if (this.gapA.length + this.gapB.length === 0) return;
    const paired = Math.min(this.gapA.length, this.gapB.length);
    for (let k = 0; k < paired; k++) this.alignment.pairs.push([this.gapA[k]!, this.gapB[k]!]);
    for (let k = paired; k < this.gapA.length; k++) this.alignment.onlyA.push(this.gapA[k]!);
    for (let k = paired; k < this.gapB.length; k++) this.alignment.onlyB.push(this.gapB[k]!);
    this.gapA = [];
    this.gapB = [];
  }

  finish(): Alignment {
    this.anchor();
    return this.alignment;
  }
}

/** Whether a[i] and b[j] are equal up to volatile values, by whichever test is cheaper for these lists. */
function sameAt(a: unknown[], b: unknown[], origins: OriginSet | undefined): (i: number, j: number) => boolean {
  if (a.length * b.length <= DIRECT_COMPARISONS) return (i, j) => equivalent(a[i], b[j], origins);
  const printsA = fingerprints(a, origins);
  const printsB = fingerprints(b, origins);
  return (i, j) => printsA[i] === printsB[j];
}

/**
 * A text of a value with volatile strings abstracted, so elements equal but for noise align.
 * Key order is kept as sent: one server serialises one type's keys in one order.
 */
export function fingerprint(value: unknown, origins?: OriginSet): string {
  const abstract = origins ? (_key: string, item: unknown) => abstractOrigins(abstractVolatile(_key, item), origins) : abstractVolatile;
  if (typeof value !== 'object' || value === null) return JSON.stringify(abstract('', value)) ?? 'undefined';
  return JSON.stringify(value, abstract);
}

export function fingerprints(list: readonly unknown[], origins?: OriginSet): string[] {
  return list.map((value) => fingerprint(value, origins));
}

function abstractVolatile(_key: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const kind = volatileKind(value);
  return kind ? `\u0000${kind}` : value;
}

function abstractOrigins(value: unknown, origins: OriginSet): unknown {
  return typeof value === 'string' ? origins.normalise(value) : value;
}
