import { createHash } from 'node:crypto';
import type { Cause } from '../score/causes.js';
import type { CauseUnit } from './types.js';

const KEY_CHARS = 16;

/**
 * The key of one cause on one endpoint: a hash of a canonical JSON array of its identity
 * (endpoint, place pattern, sort of change, from, to), so no field can run into another and the
 * key depends on nothing else: not on counts, examples or which requests were sampled.
 */
export function unitKey(unit: Pick<CauseUnit, 'endpoint' | 'kind' | 'pattern' | 'from' | 'to'>): string {
  return shortHash(JSON.stringify(['unit', unit.endpoint, unit.pattern, unit.kind, unit.from ?? null, unit.to ?? null]));
}

/** The key of a cause across its endpoints: what results.json's `causes[].key` holds. */
export function causeIdentityKey(cause: Pick<Cause, 'kind' | 'pattern' | 'from' | 'to'>): string {
  return shortHash(JSON.stringify(['cause', cause.pattern, cause.kind, cause.from ?? null, cause.to ?? null]));
}

/** The units of causes: one per cause and endpoint. */
export function unitsOf(causes: readonly Cause[]): CauseUnit[] {
  const units: CauseUnit[] = [];
  for (const cause of causes) {
    for (const endpoint of cause.endpoints) {
      const unit: CauseUnit = { key: '', endpoint, kind: cause.kind, pattern: cause.pattern, severity: cause.severity };
      if (cause.from !== undefined) unit.from = cause.from;
      if (cause.to !== undefined) unit.to = cause.to;
      unit.key = unitKey(unit);
      units.push(unit);
    }
  }
  return units;
}

/** The run's fingerprint: a hash of its sorted, distinct unit keys (of no units at all, too). */
export function fingerprintOf(keys: Iterable<string>): string {
  return shortHash(JSON.stringify(['fingerprint', [...new Set(keys)].sort()]));
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, KEY_CHARS);
}
