import type { Cause } from '../score/causes.js';
import type { CauseUnit } from './types.js';
/**
 * The key of one cause on one endpoint: a hash of a canonical JSON array of its identity
 * (endpoint, place pattern, sort of change, from, to), so no field can run into another and the
 * key depends on nothing else: not on counts, examples or which requests were sampled.
 */
export declare function unitKey(unit: Pick<CauseUnit, 'endpoint' | 'kind' | 'pattern' | 'from' | 'to'>): string;
/** The key of a cause across its endpoints: what results.json's `causes[].key` holds. */
export declare function causeIdentityKey(cause: Pick<Cause, 'kind' | 'pattern' | 'from' | 'to'>): string;
/** The units of causes: one per cause and endpoint. */
export declare function unitsOf(causes: readonly Cause[]): CauseUnit[];
/** The run's fingerprint: a hash of its sorted, distinct unit keys (of no units at all, too). */
export declare function fingerprintOf(keys: Iterable<string>): string;
