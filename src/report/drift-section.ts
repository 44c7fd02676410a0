import type { DriftStats, EndpointStats } from '../score/types.js';
import { plural } from '../verdict/verdict.js';
import { describeKind } from './describe-kind.js';
import { cell, NAME_CHARS } from './endpoint-table.js';
import { clip, inlineCode } from './escape.js';

const MAX_ROWS = 50;

export interface DriftedPlace {
  endpoint: string;
  drift: DriftStats;
}

/** Drift is only there with a baseline, and only in results written since it was added. */
export function driftedPlaces(endpoints: readonly EndpointStats[]): DriftedPlace[] {
  return endpoints.flatMap((e) => (Array.isArray(e.drift) ? e.drift.map((drift) => ({ endpoint: e.endpoint, drift })) : []));
}

/** Where the recording and the baseline disagree: the data or environment moved, not this PR. */
export function driftSection(drifted: readonly DriftedPlace[]): string[] {
  const rows = drifted.slice(0, MAX_ROWS).map(({ endpoint, drift }) =>
    `| ${cell(inlineCode(clip(endpoint, NAME_CHARS)))} | ${cell(inlineCode(clip(drift.pattern, NAME_CHARS)))} | ${describeKind(drift.kind, drift.pattern)} | ${drift.requests} |`);
  const more = drifted.length > MAX_ROWS ? ['', `_${drifted.length - MAX_ROWS} more in the full report._`] : [];
  return [
    `<details><summary>Drift, not counted: ${plural(drifted.length, 'place')} where the baseline differs from the recording</summary>`,
    '',
    '| Endpoint | Place | Change | Requests |',
    '|---|---|---|---:|',
    ...rows,
    ...more,
    '',
    '</details>',
  ];
}
