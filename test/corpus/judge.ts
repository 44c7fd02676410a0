import { type CompareContext, compareOutcome, differsAtFirstLook } from '../../src/compare/compare-exchange.js';
import { Redactor } from '../../src/compare/redact.js';
import { compileRuleBook } from '../../src/config/rule-book.js';
import type { ReplayOutcome } from '../../src/replay/types.js';
import { Scorer } from '../../src/score/score.js';
import type { EndpointStats } from '../../src/score/types.js';
import { endpointOf } from '../../src/select/endpoint.js';
import { randomFor } from './answers.js';
import type { CorpusCase, Side } from './cases.js';

/**
 * Runs one case through the real compare and score stages, the way replay() feeds them: the
 * same sides asked the same number of times, confirmation only when the first look differs.
 */
export function judgeCase(c: CorpusCase): EndpointStats {
  const scorer = new Scorer();
  const endpoint = feedCase(c, scorer);
  return scorer.finish().endpoints.find((e) => e.endpoint === endpoint)!;
}

/** Feeds one case's requests, under `path`, to a scorer shared by several cases; returns its endpoint. */
export function feedCase(c: CorpusCase, scorer: Scorer, path = '/corpus'): string {
  const book = compileRuleBook(c.rules ?? {});
  const method = c.method ?? 'GET';
  let endpoint = '';
  for (let i = 0; i < c.requests; i++) {
    const url = `${path}/${1000 + i}`;
    endpoint = endpointOf(method, url, book.routes);
    const context: CompareContext = { rules: book.rulesFor(endpoint), redactor: new Redactor(book.redact) };
    const ask = (side: Side, n: number) => c.answer(side, i, n, randomFor(c.name, side, i, n));
    const outcome: ReplayOutcome = {
      selected: { endpoint, exchange: { id: `${c.name}#${i}`, request: { method, url, headers: {}, body: null } } },
      recorded: ask('recorded', 0),
      candidate: c.baseline ? [{ response: ask('candidate', 0) }] : [{ response: ask('candidate', 0) }, { response: ask('candidate', 1) }],
    };
    if (c.baseline) outcome.baseline = [{ response: ask('baseline', 0) }, { response: ask('baseline', 1) }];
    if (differsAtFirstLook(outcome, context)) {
      outcome.confirmation = { candidate: { response: ask('candidate', 2) } };
      if (c.baseline) outcome.confirmation.baseline = { response: ask('baseline', 2) };
    }
    scorer.add(compareOutcome(outcome, context));
  }
  return endpoint;
}

/** What the gate says about the case: a regression when any request really changed. */
export function verdictOf(stats: EndpointStats): false | 'changed' | 'breaking' {
  if (stats.breaking > 0) return 'breaking';
  if (stats.differing > 0) return 'changed';
  return false;
}
