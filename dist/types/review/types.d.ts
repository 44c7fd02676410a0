import type { DifferenceKind, Severity } from '../compare/types.js';
/**
 * One cause on one endpoint (see score/causes.ts): what a fingerprint is made of, what an
 * expectation matches and what an acceptance covers. A cause reaching one more endpoint is one
 * more unit, so it is never covered by an acceptance of the endpoints it had before.
 */
export interface CauseUnit {
    /** 16 hex characters of a sha-256 of the identity (see fingerprint.ts). */
    key: string;
    endpoint: string;
    kind: DifferenceKind;
    pattern: string;
    from?: string;
    to?: string;
    severity: Severity;
}
/**
 * How a unit stands after review: `expected` by the rules file, `accepted` by a reviewer's label,
 * `new` since the acceptance on record, `open` when nothing covers it.
 */
export type UnitState = 'expected' | 'accepted' | 'new' | 'open';
export interface ReviewedUnit extends CauseUnit {
    state: UnitState;
    /** Whether, uncovered, it would fail the gate under its fail-on. */
    gating: boolean;
    /** The `expect:` entry that matched it (its index in the rules file) and its reason. */
    expectation?: number;
    reason?: string;
}
/** An `expect:` entry of the rules file, compiled (see config/rule-book.ts). */
export interface Expectation {
    index: number;
    endpoint?: string;
    place?: string;
    change: DifferenceKind;
    from?: string;
    to?: string;
    reason?: string;
    /** The entry's line in the rules file, when the loader could place it. */
    line?: number;
    /** Whether a unit is an instance of it. */
    matches(unit: CauseUnit): boolean;
}
/** An expectation that matched no cause of the run: the change it documents is not there (any more). */
export interface StaleExpectation {
    index: number;
    endpoint?: string;
    place?: string;
    change: DifferenceKind;
    reason?: string;
    line?: number;
}
/** A reviewer's acceptance of a run's causes, as the comment's metadata records it. */
export interface Acceptance {
    fingerprint: string;
    /** The unit keys accepted, sorted. */
    keys: string[];
    /** The accepted units as they read, so a later run can say which are gone. */
    units: AcceptedUnit[];
    by: string;
    at: string;
    headSha: string;
}
export type AcceptedUnit = Pick<CauseUnit, 'key' | 'endpoint' | 'kind' | 'pattern' | 'from' | 'to'>;
/** What the acceptance label did on this run, for the reports. */
export type AcceptanceNote = {
    kind: 'accepted';
    by: string;
    at: string;
    headSha: string;
    now: boolean;
} | {
    kind: 'denied';
    by: string;
    why: string;
}
/** The label is on but the run could not be judged: the acceptance stays on record, untouched. */
 | {
    kind: 'kept';
    by: string;
    at: string;
    headSha: string;
} | {
    kind: 'withdrawn';
    by?: string;
} | {
    kind: 'not-recorded';
    label: string;
} | {
    kind: 'nothing-to-accept';
    by: string;
    why: string;
};
/** The review of a run's causes: in results.json as `review`, rendered by every report. */
export interface Review {
    fingerprint: string;
    units: ReviewedUnit[];
    stale: StaleExpectation[];
    /** The acceptance that stands on this run (recorded now or earlier), if any. */
    acceptance?: Acceptance;
    note?: AcceptanceNote;
    /** Accepted units this run no longer shows. */
    gone?: AcceptedUnit[];
    /** The verdict and reason before expectations and acceptance were applied. */
    judged?: {
        verdict: 'pass' | 'fail' | 'error';
        reason: string;
    };
}
