import { childPath } from './path-pattern.js';
import { generalise, jsonType, renderValue } from './render.js';
import type { Redactor } from './redact.js';
import type { CompareRules, Difference, DifferenceKind, Severity } from './types.js';
import { alignElements, fingerprints, mayHaveMoved, sameElements, sameMultiset } from './array-align.js';
import { identityOf, type IdentityMatch, matchByIdentity } from './identity-key.js';
import type { OriginSet } from './origins.js';
import { sameVolatileKind } from './volatile.js';

const MAX_DIFFERENCES = 200;

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

/** Marks the missing side of a field added or removed. */
const ABSENT = Symbol('absent');

/** Builds differences, applying ignore and severity rules at the one place they are created. */
export class DifferenceCollector {
  readonly differences: Difference[] = [];
  truncated = false;
  /** Most comparisons have no ignore rule: then no place needs testing on the way down. */
  readonly checksIgnores: boolean;
  constructor(
    readonly rules: CompareRules,
    private readonly redactor?: Redactor,
    /**
     * Whether to render values for reports right away. Rendering costs more than finding the
     * difference, and few requests are ever shown, so callers may defer it to `materialise()`.
     */
    private readonly renders = true,
    /** The deployments' own origins (recording, baseline, target): one and the same inside strings. */
    readonly origins?: OriginSet,
  ) {
    this.checksIgnores = rules.ignore.length > 0;
  }

  private readonly deferred: { difference: Difference; a: unknown; b: unknown; typed: boolean }[] = [];

  /** Adds a difference between two JSON values (ABSENT for a missing side). */
  addValues(kind: DifferenceKind, path: string, pattern: string, a: unknown, b: unknown, typed = false, severity?: Severity): void {
    const count = this.differences.length;
    this.add(kind, path, undefined, undefined, severity, pattern);
    if (this.differences.length === count) return;
    const difference = this.differences[count]!;
    if (typed) {
      difference.from = jsonType(a);
      difference.to = jsonType(b);
    }
    if (this.renders) this.render(difference, a, b, typed);
    else this.deferred.push({ difference, a, b, typed });
  }

  /** Renders the values of deferred differences, for a request that is about to be shown. */
  materialise(): void {
    for (const { difference, a, b, typed } of this.deferred.splice(0)) this.render(difference, a, b, typed);
  }

  private render(difference: Difference, a: unknown, b: unknown, typed: boolean): void {
    const show = (value: unknown) => (typed ? `${jsonType(value)} ${this.show(value, difference.path, 80)}` : this.show(value, difference.path));
    if (a !== ABSENT) difference.expected = show(a);
    if (b !== ABSENT) difference.actual = show(b);
  }

  /** Renders a value found at `path` for a report, with redacted places removed first. */
  show(value: unknown, path: string, max?: number): string {
    if (!this.redactor) return renderValue(value, max);
    return renderValue(this.redactor.json(value, path), max, this.redactor.masksText ? (text) => this.redactor!.text(text) : undefined);
  }

  ignored(pattern: string): boolean {
    return this.checksIgnores && this.rules.ignore.some((rule) => rule.test(pattern));
  }

  /** `pattern` is the path with indices generalised; JSON traversal passes it, others derive it. */
  add(kind: DifferenceKind, path: string, expected?: string, actual?: string, severity = DEFAULT_SEVERITY[kind], pattern = generalise(path), change?: { from: string; to: string }): void {
    if (this.ignored(pattern)) return;
    if (this.differences.length >= MAX_DIFFERENCES) {
      this.truncated = true;
      return;
    }
    const override = this.rules.severity.length > 0 ? this.rules.severity.find((rule) => rule.pattern.test(pattern)) : undefined;
    const difference: Difference = { kind, path, pattern, severity: override?.severity ?? severity };
    if (expected !== undefined) difference.expected = expected;
    if (actual !== undefined) difference.actual = actual;
    if (change) {
      difference.from = change.from;
      difference.to = change.to;
    }
    this.differences.push(difference);
  }
}

/** Structural comparison of two JSON values; `expected` is the reference side. */
export function diffJson(expected: unknown, actual: unknown, out: DifferenceCollector, path = '$'): void {
  diffValues(expected, actual, out, path, generalise(path));
}

// The traversal carries the concrete path and the generalised pattern side by side, so neither
// is ever recomputed with a regular expression on the way down. Type tests are inlined: this is
// the hot loop of every comparison.
function diffValues(a: unknown, b: unknown, out: DifferenceCollector, path: string, pattern: string): void {
  if (a === b) return;
  if (out.checksIgnores && out.ignored(pattern)) return;
  const typeA = typeof a;
  if (typeA === typeof b && a !== null && b !== null) {
    if (typeA === 'object') {
      const arrayA = Array.isArray(a);
      if (arrayA === Array.isArray(b)) {
        if (arrayA) diffArrays(a as unknown[], b as unknown[], out, path, pattern);
        else diffObjects(a as Record<string, unknown>, b as Record<string, unknown>, out, path, pattern);
        return;
      }
    } else {
      if (typeA === 'number' ? withinTolerance(a as number, b as number, out.rules, pattern) : typeA === 'string' && sameStrings(a as string, b as string, out.origins)) return;
      out.addValues('value', path, pattern, a, b);
      return;
    }
  }
  // Becoming or stopping being null is a value change clients usually handle; other type changes break them.
  const kind = a === null || b === null ? 'value' : 'type';
  out.addValues(kind, path, pattern, a, b, true);
}

/** Strings equal up to volatile values and the deployments' own origins. */
function sameStrings(a: string, b: string, origins: OriginSet | undefined): boolean {
  if (sameVolatileKind(a, b)) return true;
  return origins !== undefined && origins.same(a, b);
}

/** `.key`, or `["odd key"]` when the key is no identifier (as childPath spells it). */
function keySuffix(key: string): string {
  const first = key.charCodeAt(0);
  if (!(isLetter(first) || first === 95 || first === 36)) return childPath('', key);
  for (let i = 1; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (!(isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 45)) return childPath('', key);
  }
  return `.${key}`;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function diffObjects(a: Record<string, unknown>, b: Record<string, unknown>, out: DifferenceCollector, path: string, pattern: string): void {
  let shared = 0;
  for (const key in a) {
    const suffix = keySuffix(key);
    if (!Object.hasOwn(b, key)) {
      out.addValues('removed', path + suffix, pattern + suffix, a[key], ABSENT);
      continue;
    }
    shared++;
    diffValues(a[key], b[key], out, path + suffix, pattern + suffix);
  }
  // Only when b has keys a lacks is it worth walking b's keys.
  if (Object.keys(b).length === shared) return;
  for (const key in b) {
    if (Object.hasOwn(a, key)) continue;
    const suffix = keySuffix(key);
    out.addValues('added', path + suffix, pattern + suffix, ABSENT, b[key]);
  }
}

function diffArrays(a: unknown[], b: unknown[], out: DifferenceCollector, path: string, pattern: string): void {
  const unordered = out.rules.unordered.length > 0 ? out.rules.unordered.find((rule) => rule.pattern.test(pattern)) : undefined;
  if (unordered?.key) return diffKeyed(a, b, unordered.key, out, path, pattern);
  const element = `${pattern}[*]`;
  if (unordered) return diffMultisets(fingerprints(a, out.origins), fingerprints(b, out.origins), a, b, out, path);

  if (a.length === b.length) {
    // Compare by position first; only when something differs is it worth asking whether the
    // same elements merely moved, or one left and another came.
    const before = out.differences.length;
    const wasTruncated = out.truncated;
    for (let i = 0; i < a.length; i++) diffValues(a[i], b[i], out, `${path}[${i}]`, element);
    if (out.differences.length === before && !out.truncated) return;
    // Records named by an id are matched by it: unless the ids stand where they stood, position
    // pairs unrelated records, whose every field then seems to change.
    const match = matchByIdentity(a, b);
    if (match) {
      if (!match.reordered && match.onlyA.length === 0) return;
      out.differences.length = before;
      out.truncated = wasTruncated;
      return diffMatched(a, b, match, out, path, pattern, true);
    }
    if (mayHaveMoved(a, b, out.origins)) redescribeMoves(a, b, out, path, pattern, before, wasTruncated);
    return;
  }
  out.add('length', path, `${a.length} elements`, `${b.length} elements`, undefined, pattern);
  const match = matchByIdentity(a, b);
  if (match) return diffMatched(a, b, match, out, path, pattern, false);
  // Align equal elements first so one insertion does not read as every later element changing;
  // the length difference stands for the elements only one side has.
  for (const [i, j] of alignElements(a, b, out.origins).pairs) diffValues(a[i], b[j], out, `${path}[${i}]`, element);
}

/**
 * Records paired by identity: a move is one `order` difference for the list, each pair is
 * compared field by field. Records only one side has are listed when the lengths agree; when they
 * do not, the `length` difference already stands for them.
 */
function diffMatched(a: unknown[], b: unknown[], match: IdentityMatch, out: DifferenceCollector, path: string, pattern: string, listsUnpaired: boolean): void {
  const element = `${pattern}[*]`;
  if (match.reordered) out.add('order', path, `${a.length} elements`, `same ${match.key}s, other order`, undefined, pattern);
  for (const [i, j] of match.pairs) diffValues(a[i], b[j], out, `${path}[${i}]`, element);
  if (!listsUnpaired) return;
  for (const i of match.onlyA) out.addValues('removed', `${path}[${i}]`, element, a[i], ABSENT, false, 'changed');
  for (const j of match.onlyB) out.addValues('added', `${path}[${j}]`, element, ABSENT, b[j], false, 'changed');
}

/**
 * Lists of one length whose elements differ by position but may have moved: the same elements
 * in another order are one `order` difference; one element gone and another come shift every
 * element between them by one place, so when aligning equal elements explains more of the list
 * than position does, the positional differences (from `before` on) are replaced by the aligned.
 */
function redescribeMoves(a: unknown[], b: unknown[], out: DifferenceCollector, path: string, pattern: string, before: number, wasTruncated: boolean): void {
  const element = `${pattern}[*]`;
  if (sameElements(a, b, out.origins)) {
    out.differences.length = before;
    out.truncated = wasTruncated;
    out.add('order', path, `${a.length} elements`, 'same elements, other order', undefined, pattern);
    return;
  }
  const alignment = alignElements(a, b, out.origins);
  if (alignment.anchored <= alignment.inPlace) return;
  out.differences.length = before;
  out.truncated = wasTruncated;
  for (const [i, j] of alignment.pairs) diffValues(a[i], b[j], out, `${path}[${i}]`, element);
  // A list's elements are its data, not its shape: one missing or new is a change, not a break.
  for (const i of alignment.onlyA) out.addValues('removed', `${path}[${i}]`, element, a[i], ABSENT, false, 'changed');
  for (const j of alignment.onlyB) out.addValues('added', `${path}[${j}]`, element, ABSENT, b[j], false, 'changed');
}

function diffKeyed(a: unknown[], b: unknown[], key: string, out: DifferenceCollector, path: string, pattern: string): void {
  const isRecord = (item: unknown): item is Record<string, unknown> => item !== null && typeof item === 'object' && !Array.isArray(item);
  // By the key's text, as inferred identities are: `1` and `"1"` are one element whose key
  // changed type. Other key values (objects, booleans) match by their JSON, kept apart by a mark.
  const keyOf = (item: unknown) => {
    if (!isRecord(item)) return undefined;
    const identity = identityOf(item, key);
    return identity !== undefined ? `=${identity}` : `~${JSON.stringify(item[key])}`;
  };
  const shown = (item: unknown) => `${key}=${JSON.stringify((item as Record<string, unknown>)[key])}`;
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
    if (byKey.has(k)) diffValues(item, byKey.get(k), out, `${path}[${i}]`, `${pattern}[*]`);
    else out.add('length', path, `element ${shown(item)} present`, `element ${shown(item)} missing`, undefined, pattern);
  });
  for (const [k, item] of byKey) {
    if (!seen.has(k)) out.add('length', path, `element ${shown(item)} absent`, `element ${shown(item)} added`, undefined, pattern);
  }
}

function diffMultisets(printsA: string[], printsB: string[], a: unknown[], b: unknown[], out: DifferenceCollector, path: string): void {
  if (sameMultiset(printsA, printsB)) return;
  if (a.length !== b.length) out.add('length', path, `${a.length} elements`, `${b.length} elements`);
  else out.addValues('value', path, generalise(path), a, b);
}

function withinTolerance(a: number, b: number, rules: CompareRules, pattern: string): boolean {
  if (a === b) return true;
  if (rules.tolerance.length === 0) return false;
  const rule = rules.tolerance.find((candidate) => candidate.pattern.test(pattern));
  if (!rule) return false;
  const delta = Math.abs(a - b);
  if (rule.absolute !== undefined && delta <= rule.absolute) return true;
  return rule.relative !== undefined && delta <= rule.relative * Math.max(Math.abs(a), Math.abs(b));
}
