import type { ReplayProgress } from './replay.js';

/** Actions logs keep every line: one every few seconds says enough without drowning the log. */
export const PROGRESS_INTERVAL_MS = 5000;

/**
 * Turns replay progress into log lines, at most one per `intervalMs` plus the last one:
 * `Replayed 120/1000 requests (8%, 24.0/s, 3 failed, 2 throttled, about 37 s left)`.
 */
export class ProgressLog {
  private readonly started: number;
  private lastLine = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly log: (line: string) => void,
    private readonly now: () => number = () => performance.now(),
    private readonly intervalMs = PROGRESS_INTERVAL_MS,
  ) {
    this.started = now();
  }

  update(progress: ReplayProgress): void {
    const now = this.now();
    const last = progress.done === progress.total;
    if (!last && now - this.lastLine < this.intervalMs) return;
    // The first finished exchange says nothing of the rate; the line comes once a few are in.
    if (!last && this.lastLine === Number.NEGATIVE_INFINITY && now - this.started < this.intervalMs) return;
    this.lastLine = now;
    this.log(describeProgress(progress, now - this.started));
  }
}

/** One line of progress, as the log and the CLI's bar show it. */
export function describeProgress(progress: ReplayProgress, elapsedMs: number): string {
  const { done, total } = progress;
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const parts = [`${total === 0 ? 100 : Math.floor((100 * done) / total)}%`, `${rate.toFixed(1)}/s`];
  if (progress.failures > 0) parts.push(`${progress.failures} failed`);
  if (progress.throttled > 0) parts.push(`${progress.throttled} throttled`);
  if (done < total && rate > 0) parts.push(`about ${formatDuration(((total - done) / rate) * 1000)} left`);
  return `Replayed ${done}/${total} requests (${parts.join(', ')})`;
}

/** `850 ms`, `12 s`, `4 min 10 s`: for people, so seconds are whole past one. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min${seconds % 60 ? ` ${seconds % 60} s` : ''}`;
}
