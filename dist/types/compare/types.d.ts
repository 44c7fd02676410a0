export type Severity = 'breaking' | 'changed' | 'info';
export type DifferenceKind = 'status' | 'content-type' | 'header' | 'format' | 'removed' | 'added' | 'type' | 'value' | 'length' | 'order' | 'text' | 'bytes' | 'no-response';
/** Every sort of change, in the order DifferenceKind lists them: what `expect:` entries may name. */
export declare const DIFFERENCE_KINDS: readonly DifferenceKind[];
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
export type LiftedBody = {
    kind: 'empty';
} | {
    kind: 'json';
    value: unknown;
} | {
    kind: 'invalid-json';
    text: string;
} | {
    kind: 'text';
    text: string;
}
/**
 * Opaque, or compared by length and hash only (see BodyDigest): then `note` says why (past the
 * body cap, nested too deep), and the other side is compared by its digest too.
 */
 | {
    kind: 'bytes';
    bytes: number;
    sha256: string;
    partial?: true;
    note?: string;
};
/** How to compare: built from the config file; defaults compare everything but noise. */
export interface CompareRules {
    /** Patterns (see path-pattern.ts) whose differences are ignored. */
    ignore: readonly PathPattern[];
    /** Response headers compared besides content-type, lower case. */
    headers: readonly string[];
    /** Arrays compared as multisets, optionally matching elements by a key field. */
    unordered: readonly {
        pattern: PathPattern;
        key?: string;
    }[];
    tolerance: readonly {
        pattern: PathPattern;
        absolute?: number;
        relative?: number;
    }[];
    severity: readonly {
        pattern: PathPattern;
        severity: Severity;
    }[];
}
export interface PathPattern {
    source: string;
    test(path: string): boolean;
}
export declare const DEFAULT_RULES: CompareRules;
