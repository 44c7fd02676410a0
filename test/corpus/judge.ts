import { MAX_BODY_BYTES } from '../../src/body/digest.js';
import { AdaptiveAsking } from '../../src/compare/adaptive-asking.js';
import { type CompareContext, compareOutcome, differsAtFirstLook } from '../../src/compare/compare-exchange.js';
import { OriginSet } from '../../src/compare/origins.js';
import { Redactor } from '../../src/compare/redact.js';
import { compileRuleBook } from '../../src/config/rule-book.js';
import { decodedBody, needsDecoding } from '../../src/replay/answer-body.js';
import { type AskingPlan, alwaysPaired } from '../../src/replay/asking-plan.js';
import type { Answer, ObservedResponse, ReplayOutcome } from '../../src/replay/types.js';
import { Scorer } from '../../src/score/score.js';
import type { EndpointStats } from '../../src/score/types.js';
import { configuredEndpoint, inferredEndpoint } from '../../src/select/endpoint.js';
import { SegmentCensus } from '../../src/select/segment-census.js';
import { randomFor } from './answers.js';
import { BASELINE_URL, CANDIDATE_URL, type CorpusCase, RECORDED_HOST } from './cases.js';

/**
 * Runs one case through the real select (endpoint naming), compare and score stages, the way
 * replay() feeds them: the asks each request gets are the asking plan's (AdaptiveAsking with
 * `calibration` paired requests, or every request paired when absent), made in the replay's
 * order, coded answers decoded by the replay's decoder. A case is one endpoint.
 */
export async function judgeCase(c: CorpusCase, calibration?: number): Promise<EndpointStats & { asks: number }> {
  const scorer = new Scorer();
  const asks = await feedCase(c, scorer, '/corpus', calibration);
  const { endpoints } = scorer.finish();
  if (endpoints.length !== 1) throw new Error(`case "${c.name}" is ${endpoints.length} endpoints: ${endpoints.map((e) => e.endpoint).join(', ')}`);
  return { ...endpoints[0]!, asks };
}

/** Feeds one case's requests, under `path`, to a scorer shared by several cases; returns how many asks it made. */
export async function feedCase(c: CorpusCase, scorer: Pick<Scorer, 'add'>, path = '/corpus', calibration?: number): Promise<number> {
  const book = compileRuleBook(c.rules ?? {});
  const method = c.method ?? 'GET';
  const urls = Array.from({ length: c.requests }, (_, i) => c.url?.(i) ?? `${path}/${1000 + i}`);
  // As selection names endpoints: per URL, then slugs by their spread over all of the case's URLs.
  const census = new SegmentCensus();
  const named = urls.map((url) => {
    const routed = configuredEndpoint(method, url, book.routes);
    if (routed === undefined) census.count(inferredEndpoint(method, url));
    return routed;
  });
  const origins = new OriginSet([CANDIDATE_URL, ...(c.baseline ? [BASELINE_URL] : [])]);
  const contextFor = (endpoint: string): CompareContext => ({ rules: book.rulesFor(endpoint), redactor: new Redactor(book.redact), origins });
  const adaptive = calibration === undefined ? undefined : new AdaptiveAsking(contextFor, calibration);
  const plan: AskingPlan = adaptive ?? alwaysPaired((outcome) => differsAtFirstLook(outcome, contextFor(outcome.selected.endpoint)));
  let asks = 0;
  for (let i = 0; i < c.requests; i++) {
    const url = urls[i]!;
    const endpoint = named[i] ?? census.generalise(inferredEndpoint(method, url));
    const asked = { candidate: 0, baseline: 0 };
    const ask = async (side: 'candidate' | 'baseline'): Promise<Answer> => {
      asks++;
      const n = asked[side]++;
      return { response: await decoded(c.answer(side, i, n, randomFor(c.name, side, i, n))) };
    };
    const selected = { endpoint, exchange: { id: `${c.name}#${i}`, request: { method, url, headers: { host: RECORDED_HOST }, body: null } } };
    const paired = plan.pairs(selected);
    const outcome: ReplayOutcome = { selected, paired, recorded: c.answer('recorded', i, 0, randomFor(c.name, 'recorded', i, 0)), candidate: [await ask('candidate')] };
    if (c.baseline) outcome.baseline = paired ? [await ask('baseline'), await ask('baseline')] : plan.needsBaseline(outcome) ? [await ask('baseline')] : [];
    else if (paired) outcome.candidate.push(await ask('candidate'));
    if (plan.needsConfirmation(outcome)) {
      outcome.confirmation = { candidate: await ask('candidate') };
      if (outcome.baseline?.length) outcome.confirmation.baseline = await ask('baseline');
    }
    adaptive?.learn(outcome);
    scorer.add(adaptive ? adaptive.compare(outcome) : compareOutcome(outcome, contextFor(endpoint)));
  }
  return asks;
}

/** A live answer as the replay hands it on: its content codings undone by the one decoder. */
async function decoded(response: ObservedResponse): Promise<ObservedResponse> {
  const coding = response.headers['content-encoding'];
  if (!needsDecoding(response.body, coding)) return response;
  return { ...response, ...(await decodedBody(response.body, response.body.length, coding!, MAX_BODY_BYTES)) };
}

/** What the gate says about the case: a regression when any request really changed. */
export function verdictOf(stats: EndpointStats): false | 'changed' | 'breaking' {
  if (stats.breaking > 0) return 'breaking';
  if (stats.differing > 0) return 'changed';
  return false;
}
