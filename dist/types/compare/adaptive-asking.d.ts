import type { AskingPlan } from '../replay/asking-plan.js';
import type { ReplayOutcome } from '../replay/types.js';
import type { SelectedExchange } from '../select/types.js';
import { type CompareContext, type RequestComparison } from './compare-exchange.js';
/**
 * Paired requests per endpoint before any is asked once. The noise test is one-sided McNemar at
 * α = 0.01: with no request varying without differing (c = 0), b requests differing without
 * varying give p = 2^-b, so b ≥ 7 is needed (2^-7 ≈ 0.0078; 2^-6 ≈ 0.016 is not enough). A
 * regression at a place that varies on its own half the time leaves b ~ Binomial(n, ½): with
 * n = 20, P(b ≥ 7) ≈ 0.94, and a place varying a quarter of the time gives b ≥ 7 with
 * certainty near 1. And an endpoint found varying goes on pairing one request in PAIR_EVERY,
 * so a noisy place is tested on more than these.
 */
export declare const CALIBRATION_REQUESTS = 20;
/**
 * After its calibration, an endpoint where something varies on its own pairs one request in
 * PAIR_EVERY (by its place in the endpoint's order, so before its answers are known): the noise
 * test keeps gaining pairs as the run goes on, for a quarter of the cost of pairing them all.
 */
export declare const PAIR_EVERY = 4;
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
export declare class AdaptiveAsking implements AskingPlan {
    private readonly contextFor;
    private readonly calibration;
    private readonly endpoints;
    private readonly comparisons;
    constructor(contextFor: (endpoint: string) => CompareContext, calibration?: number);
    pairs(selected: SelectedExchange): boolean;
    needsBaseline(outcome: ReplayOutcome): boolean;
    needsConfirmation(outcome: ReplayOutcome): boolean;
    learn(outcome: ReplayOutcome): void;
    /** The comparison of an outcome: the one learnt from, else made now. */
    compare(outcome: ReplayOutcome): RequestComparison;
    private knowledgeOf;
}
