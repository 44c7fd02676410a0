import { type CompareContext, compareOutcome, differsAtFirstLook } from '../../src/compare/compare-exchange.js';
import { Redactor } from '../../src/compare/redact.js';
import { compileRuleBook } from '../../src/config/rule-book.js';
import { AdaptiveAsking } from '../../src/compare/adaptive-asking.js';
import { type AskingPlan, alwaysPaired } from '../../src/replay/asking-plan.js';
import type { Answer, ReplayOutcome } from '../../src/replay/types.js';
import { Scorer } from '../../src/score/score.js';
import type { EndpointStats } from '../../src/score/types.js';
import { endpointOf } from '../../src/select/endpoint.js';
import { randomFor } from './answers.js';
import type { CorpusCase } from './cases.js';

/**
 * Runs one case through the real compare and score stages, the way replay() feeds them: the
 * asks each request gets are the asking plan's (AdaptiveAsking with `calibration` paired
 * requests, or every request paired when absent), made in the replay's order.
 */
export function judgeCase(c: CorpusCase, calibration?: number): EndpointStats & { asks: number } {
  const book = compileRuleBook(c.rules ?? {});
  const method = c.method ?? 'GET';
  const scorer = new Scorer();
  const contextFor = (endpoint: string): CompareContext => ({ rules: book.rulesFor(endpoint), redactor: new Redactor(book.redact) });
  const adaptive = calibration === undefined ? undefined : new AdaptiveAsking(contextFor, calibration);
  const plan: AskingPlan = adaptive ?? alwaysPaired((outcome) => differsAtFirstLook(outcome, contextFor(outcome.selected.endpoint)));
  let asks = 0;
  for (let i = 0; i < c.requests; i++) {
    const url = `/corpus/${1000 + i}`;
    const endpoint = endpointOf(method, url, book.routes);
    const asked = { candidate: 0, baseline: 0 };
    const ask = (side: 'candidate' | 'baseline'): Answer => {
      asks++;
      return { response: c.answer(side, i, asked[side]++, randomFor(c.name, side, i, asked[side] - 1)) };
    };
    const selected = { endpoint, exchange: { id: `${c.name}#${i}`, request: { method, url, headers: {}, body: null } } };
    const paired = plan.pairs(selected);
    const outcome: ReplayOutcome = { selected, paired, recorded: c.answer('recorded', i, 0, randomFor(c.name, 'recorded', i, 0)), candidate: [ask('candidate')] };
    if (c.baseline) outcome.baseline = paired ? [ask('baseline'), ask('baseline')] : plan.needsBaseline(outcome) ? [ask('baseline')] : [];
    else if (paired) outcome.candidate.push(ask('candidate'));
    if (plan.needsConfirmation(outcome)) {
      outcome.confirmation = { candidate: ask('candidate') };
      if (outcome.baseline?.length) outcome.confirmation.baseline = ask('baseline');
    }
    adaptive?.learn(outcome);
    scorer.add(adaptive ? adaptive.compare(outcome) : compareOutcome(outcome, contextFor(endpoint)));
  }
  const [stats] = scorer.finish().endpoints;
  return { ...stats!, asks };
}

/** What the gate says about the case: a regression when any request really changed. */
export function verdictOf(stats: EndpointStats): false | 'changed' | 'breaking' {
  if (stats.breaking > 0) return 'breaking';
  if (stats.differing > 0) return 'changed';
  return false;
}
