import type { Exchange } from '../snapshot/types.js';

/** An exchange chosen for replay, with the endpoint it is scored under. */
export interface SelectedExchange {
  exchange: Exchange;
  endpoint: string;
}

export type SkipReason = 'method' | 'budget';

export interface SelectionCounts {
  /** Exchanges decoded from the snapshot. */
  read: number;
  selected: number;
  skipped: Record<SkipReason, number>;
  /** Distinct endpoints seen among the replayable exchanges. */
  endpoints: number;
}

export function emptySelectionCounts(): SelectionCounts {
  return { read: 0, selected: 0, skipped: { method: 0, budget: 0 }, endpoints: 0 };
}
