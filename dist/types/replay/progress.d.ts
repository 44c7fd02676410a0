import type { ReplayProgress } from './replay.js';
/** Actions logs keep every line: one every few seconds says enough without drowning the log. */
export declare const PROGRESS_INTERVAL_MS = 5000;
/**
 * Turns replay progress into log lines, at most one per `intervalMs` plus the last one:
 * `Replayed 120/1000 requests (8%, 24.0/s, 3 failed, 2 throttled, about 37 s left)`.
 */
export declare class ProgressLog {
    private readonly log;
    private readonly now;
    private readonly intervalMs;
    private readonly started;
    private lastLine;
    constructor(log: (line: string) => void, now?: () => number, intervalMs?: number);
    update(progress: ReplayProgress): void;
}
/** One line of progress, as the log and the CLI's bar show it. */
export declare function describeProgress(progress: ReplayProgress, elapsedMs: number): string;
/** `850 ms`, `12 s`, `4 min 10 s`: for people, so seconds are whole past one. */
export declare function formatDuration(ms: number): string;
