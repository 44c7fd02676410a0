import type { Redactor } from './redact.js';
import type { CompareRules, Difference, DifferenceKind, Severity } from './types.js';
import type { OriginSet } from './origins.js';
/** Builds differences, applying ignore and severity rules at the one place they are created. */
export declare class DifferenceCollector {
    readonly rules: CompareRules;
    private readonly redactor?;
    /**
     * Whether to render values for reports right away. Rendering costs more than finding the
     * difference, and few requests are ever shown, so callers may defer it to `materialise()`.
     */
    private readonly renders;
    /** The deployments' own origins (recording, baseline, target): one and the same inside strings. */
    readonly origins?: OriginSet | undefined;
    readonly differences: Difference[];
    truncated: boolean;
    /** Most comparisons have no ignore rule: then no place needs testing on the way down. */
    readonly checksIgnores: boolean;
    constructor(rules: CompareRules, redactor?: Redactor | undefined, 
    /**
     * Whether to render values for reports right away. Rendering costs more than finding the
     * difference, and few requests are ever shown, so callers may defer it to `materialise()`.
     */
    renders?: boolean, 
    /** The deployments' own origins (recording, baseline, target): one and the same inside strings. */
    origins?: OriginSet | undefined);
    private readonly deferred;
    /** Adds a difference between two JSON values (ABSENT for a missing side). */
    addValues(kind: DifferenceKind, path: string, pattern: string, a: unknown, b: unknown, typed?: boolean, severity?: Severity): void;
    /** Renders the values of deferred differences, for a request that is about to be shown. */
    materialise(): void;
    private render;
    /** Renders a value found at `path` for a report, with redacted places removed first. */
    show(value: unknown, path: string, max?: number): string;
    ignored(pattern: string): boolean;
    /** `pattern` is the path with indices generalised; JSON traversal passes it, others derive it. */
    add(kind: DifferenceKind, path: string, expected?: string, actual?: string, severity?: Severity, pattern?: string, change?: {
        from: string;
        to: string;
    }): void;
}
/** Structural comparison of two JSON values; `expected` is the reference side. */
export declare function diffJson(expected: unknown, actual: unknown, out: DifferenceCollector, path?: string): void;
