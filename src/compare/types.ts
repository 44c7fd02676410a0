export type Severity = 'breaking' | 'changed' | 'info';

export type DifferenceKind =
  | 'status' // status code changed
  | 'content-type' // media type changed
  | 'header' // a compared header changed
  | 'format' // the body changed representation (JSON became HTML, body vanished)
  | 'removed' // a field present in the reference is missing
  | 'added' // a field the reference lacked
  | 'type' // a value changed JSON type
  | 'value' // a value changed
  | 'length' // an array gained or lost elements
  | 'order' // an array holds the same elements in another order
  | 'text' // text bodies differ by lines
  | 'bytes' // opaque bodies differ
  | 'no-response'; // the candidate gave no answer at all

// A record, so a sort of change added to DifferenceKind and not here fails to compile.
const KINDS: Record<DifferenceKind, true> = {
  status: true, 'content-type': true, header: true, format: true, removed: true, added: true, type: true,
  value: true, length: true, order: true, text: true, bytes: true, 'no-response': true,
};

/** Every sort of change, in the order DifferenceKind lists them: what `expect:` entries may name. */
export const DIFFERENCE_KINDS = Object.keys(KINDS) as readonly DifferenceKind[];

export interface Difference {
  kind: DifferenceKind;
  /** Concrete place: `status`, `header:content-type`, `body`, or a JSON path like `$.items[2].price`. */
  path: string;
  /** The place with array indices generalised (`$.items[*].price`): statistics and rules key on it. */
  pattern: string;
  severity: Severity;
  /** Short renderings of the two sides, for reports. */
  expected?: string;
  actual?: string;
  /**
   * What the place was and became, as data rather than rendering: JSON type names for a `type`
   * change (`number` → `string`), statuses for `status`, media types for `content-type`. Causes
   * (see score/causes.ts) group on them across endpoints.
   */
  from?: string;
  to?: string;
}

/** A lifted response body, by what its content type says it is. */
export type LiftedBody =
  | { kind: 'empty' }
  | { kind: 'json'; value: unknown }
  | { kind: 'invalid-json'; text: string }
  | { kind: 'text'; text: string }
  /**
   * Opaque, or compared by length and hash only (see BodyDigest): then `note` says why (past the
   * body cap, nested too deep), and the other side is compared by its digest too.
   */
  | { kind: 'bytes'; bytes: number; sha256: string; partial?: true; note?: string };

/** How to compare: built from the config file; defaults compare everything but noise. */
export interface CompareRules {
  /** Patterns (see path-pattern.ts) whose differences are ignored. */
  ignore: readonly PathPattern[];
  /** Response headers compared besides content-type, lower case. */
  headers: readonly string[];
  /** Arrays compared as multisets, optionally matching elements by a key field. */
  unordered: readonly { pattern: PathPattern; key?: string }[];
  tolerance: readonly { pattern: PathPattern; absolute?: number; relative?: number }[];
  severity: readonly { pattern: PathPattern; severity: Severity }[];
}

export interface PathPattern {
  source: string;
  test(path: string): boolean;
}

export const DEFAULT_RULES: CompareRules = { ignore: [], headers: [], unordered: [], tolerance: [], severity: [] };
