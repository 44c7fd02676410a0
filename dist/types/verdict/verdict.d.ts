import type { Scoreboard } from '../score/types.js';
export type FailOn = 'breaking' | 'changed' | 'never';
export type VerdictName = 'pass' | 'fail' | 'error';
export interface Verdict {
    verdict: VerdictName;
    /** One line a reviewer reads first. */
    reason: string;
}
/** The gate's judgement. `error` means it could not judge: never a pass in disguise. */
export declare function decide(board: Scoreboard, failOn: FailOn): Verdict;
export declare function plural(count: number, noun: string): string;
