import { TargetUnreachableError } from '../errors.js';
import type { SelectedExchange } from '../select/types.js';
import type { HeaderMap, RecordedResponse } from '../snapshot/types.js';
import { mapConcurrent } from './concurrent.js';
import { TargetHealth } from './health.js';
import { bodyBytes, outgoingRequest } from './outgoing.js';
import type { Target } from './target.js';
import type { Answer, ObservedResponse, ReplayOutcome } from './types.js';

export interface ReplayPlan {
  candidate: Target;
  /** In-flight exchanges; each sends its requests to the candidate one after the other. */
  concurrency: number;
  extraHeaders: HeaderMap;
  onProgress?: (done: number, total: number, failures: number) => void;
}

/**
 * Sends every selected exchange to the candidate twice and yields what came back, as it comes.
 * Throws TargetUnreachableError when the candidate is down or fails too often to be judged.
 */
export async function* replay(selection: readonly SelectedExchange[], plan: ReplayPlan): AsyncGenerator<ReplayOutcome> {
  const health = new TargetHealth();
  const ask = async (selected: SelectedExchange): Promise<ReplayOutcome> => {
    const request = outgoingRequest(selected.exchange, plan.candidate.basePath, plan.extraHeaders);
    const first = await plan.candidate.send(request);
    health.record(first.error);
    // A second ask shows what varies on its own; pointless when the first found no one there.
    const second: Answer = first.error ? first : await plan.candidate.send(request);
    if (!first.error) health.record(second.error);
    const outcome: ReplayOutcome = { selected, candidate: [first, second] };
    const recorded = selected.exchange.response;
    if (recorded) outcome.recorded = observedFromRecording(recorded);
    return outcome;
  };

  let done = 0;
  for await (const outcome of mapConcurrent(selection, plan.concurrency, ask, () => health.tripped)) {
    done++;
    plan.onProgress?.(done, selection.length, health.failures);
    yield outcome;
  }
  if (health.tripped || health.dead) {
    throw new TargetUnreachableError(health.describe(`target ${plan.candidate.origin}`));
  }
}

export function observedFromRecording(recorded: RecordedResponse): ObservedResponse {
  const observed: ObservedResponse = {
    status: recorded.status,
    headers: recorded.headers,
    body: bodyBytes(recorded.body) ?? Buffer.alloc(0),
  };
  if (recorded.durationMs !== undefined) observed.durationMs = recorded.durationMs;
  return observed;
}
