import { TargetUnreachableError } from '../errors.js';
import type { CredentialPolicy } from '../secrets/credential-policy.js';
import type { SelectedExchange } from '../select/types.js';
import type { Exchange, HeaderMap, RecordedResponse } from '../snapshot/types.js';
import { type AskingPlan, alwaysPaired } from './asking-plan.js';
import { mapConcurrent } from './concurrent.js';
import { TargetHealth } from './health.js';
import { bodyBytes, outgoingRequest } from './outgoing.js';
import type { Target } from './target.js';
import type { Answer, ObservedResponse, OutgoingRequest, ReplayOutcome } from './types.js';

/** What decides the request sent for a recorded one, besides the target's base path. */
export interface RequestRules {
  /** The `headers` input: added to every request. */
  extraHeaders: HeaderMap;
  /** A route's own requestHeaders, added after extraHeaders to that route's requests only. */
  routeHeaders?: (endpoint: string) => HeaderMap;
  /** Which recorded headers and query parameters are credentials, never sent; the defaults when absent. */
  credentials?: CredentialPolicy;
}

/**
 * Builds the request a target is sent for a recorded exchange of an endpoint. One builder, used
 * by the replay and by the selection's check that a request can be sent at all, so the check
 * judges exactly what would go out.
 */
export function requestBuilder(rules: RequestRules): (exchange: Exchange, endpoint: string, basePath: string) => OutgoingRequest {
  // Only routes with headers of their own get a merged copy: the selection asks for every
  // endpoint of the snapshot, and those are the snapshot's to multiply.
  const added = new Map<string, HeaderMap>();
  const headersFor = (endpoint: string): HeaderMap => {
    let headers = added.get(endpoint);
    if (headers) return headers;
    const own = rules.routeHeaders?.(endpoint);
    if (!own || Object.keys(own).length === 0) return rules.extraHeaders;
    added.set(endpoint, (headers = { ...rules.extraHeaders, ...own }));
    return headers;
  };
  return (exchange, endpoint, basePath) => outgoingRequest(exchange, basePath, headersFor(endpoint), rules.credentials);
}

export interface ReplayPlan extends RequestRules {
  candidate: Target;
  /** A known-good deployment: it separates noise and drift from regressions (asked as `asking` says). */
  baseline?: Target;
  /** Exchanges in flight; each sends to one target at a time, so no target sees more. */
  concurrency: number;
  /** Which asks each exchange gets (see AskingPlan); without one, every exchange is paired. */
  asking?: AskingPlan;
  /** Without `asking`: says whether the first answers differ; then each side is asked once more before anything counts. */
  needsConfirmation?: (outcome: ReplayOutcome) => boolean;
  /** Called as each exchange finishes; `failures` counts asks without an answer or with an unhealthy 5xx. */
  onProgress?: (progress: ReplayProgress) => void;
  /** Once aborted (the run is cancelled), nothing more is sent and the replay ends with what finished. */
  signal?: AbortSignal;
  /** How many exchanges the selection yields, for progress; an array's length when absent. */
  total?: number;
  /**
   * A shard's replay: at the end, only a target that tripped mid-run throws; otherwise the caller
   * judges the health counters (`onHealth`), over all shards together, since rates over one
   * shard's share say less than over the run's.
   */
  deferHealth?: boolean;
  /** Given each side's health as the replay starts, to read its counters once it ends. */
  onHealth?: (side: 'target' | 'baseline', health: TargetHealth) => void;
}

/** Where a replay stands: what progress lines and bars show. */
export interface ReplayProgress {
  done: number;
  total: number;
  /** Asks without an answer, and 5xx answers where production had none (see TargetHealth). */
  failures: number;
  /** Answers that told the gate to slow down (429, 503 with Retry-After). */
  throttled: number;
}

/**
 * Sends every selected exchange to the candidate (and the baseline) and yields what came back,
 * as it comes. The selection may be a stream (the selection's second pass): it is read as slots
 * free up, so the replay starts with the first chosen exchange. Throws TargetUnreachableError when a target is down, fails too often to judge, or
 * refuses the gate's credentials nearly everywhere (see TargetHealth).
 */
export async function* replay(selection: Iterable<SelectedExchange> | AsyncIterable<SelectedExchange>, plan: ReplayPlan): AsyncGenerator<ReplayOutcome> {
  const sides = [{ name: 'target', target: plan.candidate, health: new TargetHealth() }];
  if (plan.baseline) sides.push({ name: 'baseline', target: plan.baseline, health: new TargetHealth() });
  const [candidate, baseline] = sides as [(typeof sides)[0], (typeof sides)[0] | undefined];
  for (const side of sides) plan.onHealth?.(side.name as 'target' | 'baseline', side.health);

  const requestFor = requestBuilder(plan);

  // Asks one side; after a transport failure the same exchange does not ask that side again.
  const asker = (side: (typeof sides)[0], selected: SelectedExchange) => {
    const request = requestFor(selected.exchange, selected.endpoint, side.target.basePath);
    const recordedStatus = selected.exchange.response?.status;
    let failed: Answer | undefined;
    let asked = 0;
    return async (): Promise<Answer> => {
      if (failed) return failed;
      const first = asked++ === 0;
      const answer = await side.target.send(request);
      side.health.record(answer, selected.endpoint, recordedStatus, first);
      if (answer.error) failed = answer;
      return answer;
    };
  };

  const asking = plan.asking ?? alwaysPaired(plan.needsConfirmation);
  const ask = async (selected: SelectedExchange): Promise<ReplayOutcome> => {
    const askCandidate = asker(candidate, selected);
    const askBaseline = baseline && asker(baseline, selected);
    const paired = asking.pairs(selected);
    const outcome: ReplayOutcome = { selected, paired, candidate: [] };
    const recorded = selected.exchange.response;
    if (recorded) outcome.recorded = observedFromRecording(recorded);
    if (askBaseline && paired) {
      const [first, baselineAnswers] = await Promise.all([askCandidate(), (async () => [await askBaseline(), await askBaseline()])()]);
      outcome.candidate = [first];
      outcome.baseline = baselineAnswers;
    } else if (askBaseline) {
      // The candidate first: when it answers as production did, the baseline may have nothing to tell.
      outcome.candidate = [await askCandidate()];
      outcome.baseline = asking.needsBaseline(outcome) ? [await askBaseline()] : [];
    } else {
      outcome.candidate = paired ? [await askCandidate(), await askCandidate()] : [await askCandidate()];
    }
    if (asking.needsConfirmation(outcome)) {
      const asksBaseline = askBaseline && outcome.baseline!.length > 0;
      const [again, baselineAgain] = await Promise.all([askCandidate(), asksBaseline ? askBaseline() : undefined]);
      outcome.confirmation = baselineAgain ? { candidate: again, baseline: baselineAgain } : { candidate: again };
    }
    asking.learn?.(outcome);
    return outcome;
  };

  let done = 0;
  const total = plan.total ?? (Array.isArray(selection) ? selection.length : 0);
  const tripped = () => sides.some((side) => side.health.tripped);
  for await (const outcome of mapConcurrent(selection, plan.concurrency, ask, tripped, plan.signal)) {
    done++;
    plan.onProgress?.({
      done,
      total,
      failures: sides.reduce((sum, side) => sum + side.health.failures + side.health.serverErrors, 0),
      throttled: sides.reduce((sum, side) => sum + side.target.counters.throttled, 0),
    });
    yield outcome;
  }
  // Requests cut short by a cancellation say nothing about the target's health.
  if (plan.signal?.aborted) return;
  for (const side of sides) {
    if (plan.deferHealth ? side.health.tripped : side.health.cannotJudge) {
      throw new TargetUnreachableError(side.health.describe(`${side.name} ${side.target.origin}`));
    }
  }
}

export function observedFromRecording(recorded: RecordedResponse): ObservedResponse {
  const observed: ObservedResponse = {
    status: recorded.status,
    headers: recorded.headers,
    body: bodyBytes(recorded.body) ?? Buffer.alloc(0),
  };
  if (recorded.bodyDigest) observed.bodyDigest = recorded.bodyDigest;
  if (recorded.durationMs !== undefined) observed.durationMs = recorded.durationMs;
  return observed;
}
