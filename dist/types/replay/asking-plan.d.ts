import type { SelectedExchange } from '../select/types.js';
import type { ReplayOutcome } from './types.js';
/**
 * Decides, exchange by exchange, which asks the replay makes: only those that can change the
 * judgement. The replay asks it in this order: pairs() as the exchange starts, needsBaseline()
 * after the candidate's first answer (unpaired exchanges with a baseline only),
 * needsConfirmation() once the first answers are in, then learn().
 */
export interface AskingPlan {
    /** Whether the side that shows what varies on its own is asked twice, whatever it answers. */
    pairs(selected: SelectedExchange): boolean;
    /** Whether the baseline is asked at all, given the candidate's first answer. */
    needsBaseline(outcome: ReplayOutcome): boolean;
    /** Whether each side is asked once more, before a difference counts. */
    needsConfirmation(outcome: ReplayOutcome): boolean;
    /** Told each exchange's outcome once its asks are done, before the replay yields it. */
    learn?(outcome: ReplayOutcome): void;
}
/** Every exchange paired, the baseline always asked: the gate before adaptive asking. */
export declare function alwaysPaired(needsConfirmation?: (outcome: ReplayOutcome) => boolean): AskingPlan;
