import type { GateResults } from '../gate.js';
import type { Expectation } from './types.js';
/**
 * The gate's own review of a judged run, before any reviewer: the causes' keys and the run's
 * fingerprint, the causes the rules file's `expect:` block names marked expected (they fail
 * nothing), the entries that match nothing as stale, and the verdict judged again on that.
 * A pure function of the results and the expectations, so a merged run reviews the same.
 */
export declare function reviewExpectations(results: GateResults, expectations: readonly Expectation[]): Pick<GateResults, 'verdict' | 'reason' | 'causes' | 'fingerprint' | 'review'>;
