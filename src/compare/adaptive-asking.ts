import type { AskingPlan } from '../replay/asking-plan.js';
import type { ReplayOutcome } from '../replay/types.js';
import type { SelectedExchange } from '../select/types.js';
import { type CompareContext, compareOutcome, differsAtFirstLook, matchesRecording, type RequestComparison } from './compare-exchange.js';

/**
 * Paired requests per endpoint before any is asked once. The noise test is one-sided McNemar at
 * α = 0.01: with no request varying without differing (c = 0), b requests differing without
 * varying give p = 2^-b, so b ≥ 7 is needed (2^-7 ≈ 0.0078; 2^-6 ≈ 0.016 is not enough). A
 * regression at a place that varies on its own half the time leaves b ~ Binomial(n, ½): with
 * n = 20, P(b ≥ 7) ≈ 0.94, and a place varying a quarter of the time gives b ≥ 7 with
 * certainty near 1. And an endpoint found varying goes on pairing one request in PAIR_EVERY,
 * so a noisy place is tested on more than these.
 */
export const CALIBRATION_REQUESTS = 20;

/**
 * After its calibration, an endpoint where something varies on its own pairs one request in
 * PAIR_EVERY (by its place in the endpoint's order, so before its answers are known): the noise
 * test keeps gaining pairs as the run goes on, for a quarter of the cost of pairing them all.
 */
export const PAIR_EVERY = 4;

interface EndpointKnowledge {
  /** Exchanges of the endpoint that started, paired or not. */
  started: number;
  /** Paired comparisons learnt from. */
  calibrated: number;
  /** Statistic keys of places seen varying on their own (in a pair or a confirmation). */
  varied: Set<string>;
  /** The baseline told something the recording did not (a difference from it, or drift). */
  baselineTells: boolean;
}

/**
 * Asks only what changes the judgement. Per endpoint, in the order its exchanges start:
 * - the first CALIBRATION_REQUESTS are paired (all of a rare endpoint's): the self side is asked
 *   twice whatever it answers, and only these feed the noise test's paired counts;
 * - once any place of the endpoint has been seen varying on its own, one later exchange in
 *   PAIR_EVERY is paired too: decided by its place in the order, before its answers, so the
 *   pairs stay an unbiased sample and a regression at a noisy place is weighed on more of them;
 * - every other exchange is asked once, and once more (both sides) when its first answer differs
 *   at a place not known to vary: a difference at a place that never varied is real only if it
 *   repeats, and one that does not repeat marks the place as varying.
 * With a baseline, an unpaired exchange asks the baseline only when the candidate's answer
 * differs from the recording, the endpoint's calibration is not complete, or the baseline ever
 * told something about the endpoint the recording did not; else the recording is the reference.
 *
 * The replay calls learn() as each exchange's asks are done, before it yields the outcome: the
 * comparison made then is what compare() hands the gate, so nothing is compared twice, and at
 * concurrency 1 every exchange is asked knowing all before it. What is learnt late (exchanges in
 * flight together) only costs asks, never validity (see the README's "How it judges").
 */
export class AdaptiveAsking implements AskingPlan {
  private readonly endpoints = new Map<string, EndpointKnowledge>();
  private readonly comparisons = new WeakMap<ReplayOutcome, RequestComparison>();

  constructor(
    private readonly contextFor: (endpoint: string) => CompareContext,
    private readonly calibration = CALIBRATION_REQUESTS,
  ) {}

  pairs(selected: SelectedExchange): boolean {
    const known = this.knowledgeOf(selected.endpoint);
    // By its place in the whole selection where the selection says it: a shard sees only its
    // share, and must pair what an unsharded run pairs, so their paired counts add up to its.
    const index = selected.position ?? known.started;
    known.started++;
    if (index < this.calibration) return true;
    return known.varied.size > 0 && (index - this.calibration) % PAIR_EVERY === 0;
  }

  needsBaseline(outcome: ReplayOutcome): boolean {
    const known = this.knowledgeOf(outcome.selected.endpoint);
    if (known.varied.size > 0 || known.baselineTells || known.calibrated < this.calibration) return true;
    return !matchesRecording(outcome, this.contextFor(outcome.selected.endpoint));
  }

  needsConfirmation(outcome: ReplayOutcome): boolean {
    const known = this.knowledgeOf(outcome.selected.endpoint);
    return differsAtFirstLook(outcome, this.contextFor(outcome.selected.endpoint), known.varied);
  }

  learn(outcome: ReplayOutcome): void {
    const comparison = compareOutcome(outcome, this.contextFor(outcome.selected.endpoint));
    this.comparisons.set(outcome, comparison);
    const known = this.knowledgeOf(comparison.endpoint);
    if (comparison.paired ?? true) known.calibrated++;
    for (const key of comparison.selfVaried) known.varied.add(key);
    if (comparison.drift.length > 0 || comparison.differences.length > 0) known.baselineTells = true;
  }

  /** The comparison of an outcome: the one learnt from, else made now. */
  compare(outcome: ReplayOutcome): RequestComparison {
    const comparison = this.comparisons.get(outcome);
    if (!comparison) return compareOutcome(outcome, this.contextFor(outcome.selected.endpoint));
    this.comparisons.delete(outcome);
    return comparison;
  }

  private knowledgeOf(endpoint: string): EndpointKnowledge {
    let known = this.endpoints.get(endpoint);
    if (!known) this.endpoints.set(endpoint, (known = { started: 0, calibrated: 0, varied: new Set(), baselineTells: false }));
    return known;
  }
}
