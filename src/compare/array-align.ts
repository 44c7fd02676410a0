import { sameVolatileKind, volatileKind } from './volatile.js';

/**
 * How list elements relate, up to volatile values: same elements in another order, or which
 * elements pair up around an insertion. The JSON comparison decides what to report from it.
 */

// Longest-common-subsequence alignment is quadratic; longer lists are paired by position.
const MAX_ALIGNED_LENGTH = 400;

/** Whether two equally long lists hold the same elements (up to volatile values) in any order. */
export function sameElements(a: unknown[], b: unknown[]): boolean {
  // Short lists, the common case, match pairwise without building a text of every element.
  if (a.length > 16) return sameMultiset(a.map(fingerprint), b.map(fingerprint));
  const used = new Array<boolean>(b.length).fill(false);
  return a.every((item) => {
    const j = b.findIndex((other, k) => !used[k] && equivalent(item, other));
    if (j === -1) return false;
    used[j] = true;
    return true;
  });
}

/** A cheap necessary condition for a reorder: the first misplaced element exists elsewhere in b. */
export function mayBeReordered(a: unknown[], b: unknown[]): boolean {
  const i = a.findIndex((item, k) => !equivalent(item, b[k]));
  return i !== -1 && b.some((item, k) => k !== i && equivalent(a[i], item));
}

/** Deep equality that, like the comparison, takes two values of one volatile kind as equal. */
function equivalent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') return sameVolatileKind(a, b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, i) => equivalent(item, (b as unknown[])[i]));
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && equivalent((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
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

/**
 * Pairs the elements that are not equal to any counterpart: equal elements are aligned by a
 * longest common subsequence, and what lies between two aligned pairs is paired by position.
 */
export function pairUnmatched(a: string[], b: string[]): [number, number][] {
  if (a.length > MAX_ALIGNED_LENGTH || b.length > MAX_ALIGNED_LENGTH) {
    return Array.from({ length: Math.min(a.length, b.length) }, (_, i) => [i, i] as [number, number]);
  }
  const table = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  let gapA: number[] = [];
  let gapB: number[] = [];
  const flush = () => {
    for (let k = 0; k < Math.min(gapA.length, gapB.length); k++) pairs.push([gapA[k]!, gapB[k]!]);
    gapA = [];
    gapB = [];
  };
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) gapA.push(i++);
    else gapB.push(j++);
  }
  while (i < a.length) gapA.push(i++);
  while (j < b.length) gapB.push(j++);
  flush();
  return pairs;
}


/**
 * A text of a value with volatile strings abstracted, so elements equal but for noise align.
 * Key order is kept as sent: one server serialises one type's keys in one order.
 */
export function fingerprint(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(abstractVolatile('', value)) ?? 'undefined';
  return JSON.stringify(value, abstractVolatile);
}

function abstractVolatile(_key: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const kind = volatileKind(value);
  return kind ? `\u0000${kind}` : value;
}
