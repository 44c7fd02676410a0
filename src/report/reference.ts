import type { GateResults } from '../gate.js';

/** What the candidate was compared with, as the reports name it. */
export interface ReferenceLabel {
  /** `baseline` or `recording`: the minus side of every example. */
  side: 'baseline' | 'recording';
  /** The baseline's URL (without credentials), when there was one. */
  url?: string;
  /** "baseline (-) vs candidate (+)". */
  diffLabel: string;
}

/** Results written before the reference was recorded were compared with the recording or an unnamed baseline. */
export function referenceOf(results: Pick<GateResults, 'reference'>): ReferenceLabel {
  const ref = results.reference;
  if (ref?.kind === 'baseline') return { side: 'baseline', url: ref.url, diffLabel: 'baseline (-) vs candidate (+)' };
  return { side: 'recording', diffLabel: 'recording (-) vs candidate (+)' };
}
