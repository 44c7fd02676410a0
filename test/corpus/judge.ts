import { MAX_BODY_BYTES } from '../../src/body/digest.js';
import { type CompareContext, compareOutcome, differsAtFirstLook } from '../../src/compare/compare-exchange.js';
import { OriginSet } from '../../src/compare/origins.js';
import { Redactor } from '../../src/compare/redact.js';
import { compileRuleBook } from '../../src/config/rule-book.js';
import { decodedBody, needsDecoding } from '../../src/replay/answer-body.js';
import type { ObservedResponse, ReplayOutcome } from '../../src/replay/types.js';
import { Scorer } from '../../src/score/score.js';
import type { EndpointStats } from '../../src/score/types.js';
import { configuredEndpoint, inferredEndpoint } from '../../src/select/endpoint.js';
import { SegmentCensus } from '../../src/select/segment-census.js';
import { randomFor } from './answers.js';
import { BASELINE_URL, CANDIDATE_URL, type CorpusCase, RECORDED_HOST, type Side } from './cases.js';

/**
 * Runs one case through the real select (endpoint naming), compare and score stages, the way
 * replay() feeds them: the same sides asked the same number of times, confirmation only when the
 * first look differs, coded answers decoded by the replay's decoder. A case is one endpoint.
 */
export async function judgeCase(c: CorpusCase): Promise<EndpointStats> {
  const scorer = new Scorer();
  await feedCase(c, scorer);
  const { endpoints } = scorer.finish();
  if (endpoints.length !== 1) throw new Error(`case "${c.name}" is ${endpoints.length} endpoints: ${endpoints.map((e) => e.endpoint).join(', ')}`);
  return endpoints[0]!;
}

/** Feeds one case's requests, under `path`, to a scorer shared by several cases; returns its endpoint. */
export async function feedCase(c: CorpusCase, scorer: Scorer, path = '/corpus'): Promise<string> {
  const book = compileRuleBook(c.rules ?? {});
  const method = c.method ?? 'GET';
  const urls = Array.from({ length: c.requests }, (_, i) => c.url?.(i) ?? `${path}/${1000 + i}`);
  // As selection names endpoints: per URL, then slugs by their spread over all of the case's URLs.
  const census = new SegmentCensus();
  const named = urls.map((url) => {
    const routed = configuredEndpoint(method, url, book.routes);
    const inferred = inferredEndpoint(method, url);
    if (routed === undefined) census.count(inferred);
    return routed;
  });
  const origins = new OriginSet([CANDIDATE_URL, ...(c.baseline ? [BASELINE_URL] : [])]);
  let endpoint = '';
  for (let i = 0; i < c.requests; i++) {
    const url = urls[i]!;
    endpoint = named[i] ?? census.generalise(inferredEndpoint(method, url));
    const context: CompareContext = { rules: book.rulesFor(endpoint), redactor: new Redactor(book.redact), origins };
    const asked = (side: Side, n: number) => c.answer(side, i, n, randomFor(c.name, side, i, n));
    const ask = (side: Side, n: number) => (side === 'recorded' ? Promise.resolve(asked(side, n)) : decoded(asked(side, n)));
    const outcome: ReplayOutcome = {
      selected: { endpoint, exchange: { id: `${c.name}#${i}`, request: { method, url, headers: { host: RECORDED_HOST }, body: null } } },
      recorded: await ask('recorded', 0),
      candidate: c.baseline ? [{ response: await ask('candidate', 0) }] : [{ response: await ask('candidate', 0) }, { response: await ask('candidate', 1) }],
    };
    if (c.baseline) outcome.baseline = [{ response: await ask('baseline', 0) }, { response: await ask('baseline', 1) }];
    if (differsAtFirstLook(outcome, context)) {
      outcome.confirmation = { candidate: { response: await ask('candidate', 2) } };
      if (c.baseline) outcome.confirmation.baseline = { response: await ask('baseline', 2) };
    }
    scorer.add(compareOutcome(outcome, context));
  }
  return endpoint;
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
