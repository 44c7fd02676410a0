import { childPath } from './path-pattern.js';
import { generalise, jsonType, renderValue } from './render.js';
import type { CompareRules, Difference, DifferenceKind, Severity } from './types.js';
import { sameVolatileKind, volatileKind } from './volatile.js';

const MAX_DIFFERENCES = 200;
// Longest-common-subsequence alignment is quadratic; longer lists are compared by position.
const MAX_ALIGNED_LENGTH = 400;

const DEFAULT_SEVERITY: Record<DifferenceKind, Severity> = {
  status: 'breaking',
  'content-type': 'breaking',
  header: 'changed',
  format: 'breaking',
  removed: 'breaking',
  added: 'info',
  type: 'breaking',
  value: 'changed',
  length: 'changed',
  order: 'changed',
  text: 'changed',
  bytes: 'changed',
  'no-response': 'breaking',
};

/** Builds differences, applying ignore and severity rules at the one place they are created. */
export class DifferenceCollector {
  readonly differences: Difference[] = [];
  truncated = false;
  constructor(readonly rules: CompareRules) {}

  ignored(path: string): boolean {
    const pattern = generalise(path);
    return this.rules.ignore.some((rule) => rule.test(pattern));
  }

  add(kind: DifferenceKind, path: string, expected?: string, actual?: string, severity = DEFAULT_SEVERITY[kind]): void {
    const pattern = generalise(path);
    if (this.rules.ignore.some((rule) => rule.test(pattern))) return;
    if (this.differences.length >= MAX_DIFFERENCES) {
      this.truncated = true;
      return;
    }
    const override = this.rules.severity.find((rule) => rule.pattern.test(pattern));
    const difference: Difference = { kind, path, pattern, severity: override?.severity ?? severity };
    if (expected !== undefined) difference.expected = expected;
    if (actual !== undefined) difference.actual = actual;
    this.differences.push(difference);
  }
}

/** Structural comparison of two JSON values; `expected` is the reference side. */
export function diffJson(expected: unknown, actual: unknown, out: DifferenceCollector, path = '$'): void {
  if (out.ignored(path)) return;
  const typeA = jsonType(expected);
  const typeB = jsonType(actual);
  if (typeA !== typeB) {
    // Becoming or stopping being null is a value change clients usually handle; other type changes break them.
    const kind = typeA === 'null' || typeB === 'null' ? 'value' : 'type';
    out.add(kind, path, describe(expected), describe(actual));
    return;
  }
  switch (typeA) {
    case 'object':
      return diffObjects(expected as Record<string, unknown>, actual as Record<string, unknown>, out, path);
    case 'array':
      return diffArrays(expected as unknown[], actual as unknown[], out, path);
    case 'number':
      if (!withinTolerance(expected as number, actual as number, out.rules, generalise(path))) {
        out.add('value', path, renderValue(expected), renderValue(actual));
      }
      return;
    case 'string':
      if (expected !== actual && !sameVolatileKind(expected as string, actual as string)) {
        out.add('value', path, renderValue(expected), renderValue(actual));
      }
      return;
    default:
      if (expected !== actual) out.add('value', path, renderValue(expected), renderValue(actual));
  }
}

function diffObjects(a: Record<string, unknown>, b: Record<string, unknown>, out: DifferenceCollector, path: string): void {
  for (const key of Object.keys(a)) {
    const child = childPath(path, key);
    if (!Object.hasOwn(b, key)) out.add('removed', child, renderValue(a[key]), undefined);
    else diffJson(a[key], b[key], out, child);
  }
  for (const key of Object.keys(b)) {
    if (!Object.hasOwn(a, key)) out.add('added', childPath(path, key), undefined, renderValue(b[key]));
  }
}

function diffArrays(a: unknown[], b: unknown[], out: DifferenceCollector, path: string): void {
  const pattern = generalise(path);
  const unordered = out.rules.unordered.find((rule) => rule.pattern.test(pattern));
  if (unordered?.key) return diffKeyed(a, b, unordered.key, out, path);
  const printsA = a.map(fingerprint);
  const printsB = b.map(fingerprint);
  if (unordered) return diffMultisets(printsA, printsB, a, b, out, path);

  if (a.length === b.length) {
    if (printsA.every((print, i) => print === printsB[i])) return;
    if (sameMultiset(printsA, printsB)) {
      out.add('order', path, `${a.length} elements`, 'same elements, other order');
      return;
    }
    a.forEach((item, i) => diffJson(item, b[i], out, `${path}[${i}]`));
    return;
  }
  out.add('length', path, `${a.length} elements`, `${b.length} elements`);
  // Align equal elements first so one insertion does not read as every later element changing.
  for (const [i, j] of pairUnmatched(printsA, printsB)) diffJson(a[i], b[j], out, `${path}[${i}]`);
}

function diffKeyed(a: unknown[], b: unknown[], key: string, out: DifferenceCollector, path: string): void {
  const keyOf = (item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item) ? JSON.stringify((item as Record<string, unknown>)[key]) : undefined;
  const byKey = new Map<string, unknown>();
  for (const item of b) {
    const k = keyOf(item);
    if (k !== undefined) byKey.set(k, item);
  }
  const seen = new Set<string>();
  a.forEach((item, i) => {
    const k = keyOf(item);
    if (k === undefined) return;
    seen.add(k);
    if (byKey.has(k)) diffJson(item, byKey.get(k), out, `${path}[${i}]`);
    else out.add('length', path, `element ${key}=${k} present`, `element ${key}=${k} missing`);
  });
  for (const k of byKey.keys()) if (!seen.has(k)) out.add('length', path, `element ${key}=${k} absent`, `element ${key}=${k} added`);
}

function diffMultisets(printsA: string[], printsB: string[], a: unknown[], b: unknown[], out: DifferenceCollector, path: string): void {
  if (sameMultiset(printsA, printsB)) return;
  if (a.length !== b.length) out.add('length', path, `${a.length} elements`, `${b.length} elements`);
  else out.add('value', path, renderValue(a), renderValue(b));
}

function sameMultiset(a: string[], b: string[]): boolean {
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
function pairUnmatched(a: string[], b: string[]): [number, number][] {
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

/** A canonical text of a value with volatile strings abstracted, so equal-but-for-noise elements align. */
export function fingerprint(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(volatileKind(value) ? `\u0000${volatileKind(value)}` : value);
  if (Array.isArray(value)) return `[${value.map(fingerprint).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${fingerprint((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function withinTolerance(a: number, b: number, rules: CompareRules, pattern: string): boolean {
  if (a === b) return true;
  const rule = rules.tolerance.find((candidate) => candidate.pattern.test(pattern));
  if (!rule) return false;
  const delta = Math.abs(a - b);
  if (rule.absolute !== undefined && delta <= rule.absolute) return true;
  return rule.relative !== undefined && delta <= rule.relative * Math.max(Math.abs(a), Math.abs(b));
}

function describe(value: unknown): string {
  return `${jsonType(value)} ${renderValue(value, 80)}`;
}
