import type { Severity } from '../compare/types.js';
import type { GateResults } from '../gate.js';
import { type Ink } from '../report/describe-cause.js';
import { type FailOn, type Verdict } from '../verdict/verdict.js';
import type { Review, ReviewedUnit } from './types.js';
export declare const PLAIN_INK: Ink;
/** Whether a change of this severity fails the gate under fail-on. */
export declare function gates(severity: Severity, failOn: FailOn): boolean;
/**
 * The verdict once expectations and an acceptance are counted: a `fail` whose every gating cause
 * is expected or accepted passes (unless latency fails it too); `pass` and `error` stand, for a
 * preview that could not be judged is never accepted. A fail the causes do not explain (no gating
 * unit at all) stands as it was: the gate never passes on bookkeeping it cannot see.
 */
export declare function judgeReview(results: Pick<GateResults, 'verdict' | 'reason' | 'failOn' | 'endpoints'>, review: Review): Verdict;
/** "status 200 → 500 on GET /x, field removed $.a on GET /y and 2 more". */
export declare function named(units: readonly ReviewedUnit[]): string;
