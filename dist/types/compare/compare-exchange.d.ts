import type { ObservedResponse, ReplayOutcome } from '../replay/types.js';
import type { HeaderMap } from '../snapshot/types.js';
import type { OriginSet } from './origins.js';
import { Redactor, type ShownBody } from './redact.js';
import type { CompareRules, Difference } from './types.js';
/** What one replayed request showed, small enough to keep for every request of a run. */
export interface RequestComparison {
    endpoint: string;
    id: string;
    method: string;
    /** Path and query, redacted; credential query values `***`. */
    url: string;
    /** As recorded, redacted; credential values `***`. */
    requestHeaders: HeaderMap;
    /** As recorded, as it may be shown (redact.ts requestBody); absent without a body. */
    requestBody?: ShownBody;
    /** `no-reference`: nothing to compare with (no recorded answer and no baseline answer). */
    outcome: 'compared' | 'no-reference';
    /** The reference (baseline, else the recording) against the candidate; confirmed when asked again. */
    differences: Difference[];
    /** Statistic keys (see statKey) of places that varied between two answers of the same side. */
    selfVaried: string[];
    /**
     * Whether the self side was asked twice whatever it answered (a calibration request, see
     * AdaptiveAsking): only such requests feed the noise test's paired counts. Absent means paired.
     */
    paired?: boolean;
    /** With a baseline: what differs from the recording but not from the baseline (environment or data drift). */
    drift: Difference[];
    latency: {
        candidateMs?: number;
        baselineMs?: number;
        recordedMs?: number;
    };
    /** Both sides' bodies, trimmed and redacted, when something differed; made by materialise(). */
    excerpts?: {
        expected: string;
        actual: string;
    };
    /**
     * Renders the values of the differences (and drift), and the excerpts, for reports. The scorer
     * calls it only for requests it keeps as examples: rendering every difference of every request
     * (and masking secrets in it) costs more than finding them.
     */
    materialise?: () => void;
}
export interface CompareContext {
    rules: CompareRules;
    redactor?: Redactor;
    /** The target's and the baseline's URLs: with the recording's origin, one origin inside strings. */
    origins?: OriginSet;
}
/**
 * Differences are counted per place and per sort of change, so a timestamp that varies on its
 * own cannot hide the same field changing type. Added and removed are one sort: presence.
 */
export declare function statKey(difference: Difference): string;
/**
 * Whether the first answers show a difference that this request's own variation (nor, when
 * given, `knownToVary`: places seen varying on other requests) does not explain; only then is
 * each side asked once more (flake confirmation).
 */
export declare function differsAtFirstLook(outcome: ReplayOutcome, context: CompareContext, knownToVary?: ReadonlySet<string>): boolean;
/**
 * Asked before the baseline is (see AskingPlan.needsBaseline): whether the candidate's first
 * answer shows no difference at all from the recording.
 */
export declare function matchesRecording(outcome: ReplayOutcome, context: CompareContext): boolean;
export declare function compareOutcome(outcome: ReplayOutcome, context: CompareContext): RequestComparison;
/** A readable, bounded rendering of a response for examples: status line, then the body. */
export declare function excerpt(response: ObservedResponse, redactor?: Redactor): string;
