import { describeProgress } from '../replay/progress.js';
import type { ReplayProgress } from '../replay/replay.js';

const WIDTH = 24;
/** A terminal redraw per finished request would cost more than the request at 10,000/s. */
const REDRAW_MS = 100;

export interface BarStream {
  write(text: string): unknown;
  columns?: number;
}

/**
 * A one-line progress bar redrawn in place (`\r`), for a person at a terminal:
 * `[██████░░░░░░] Replayed 120/1000 requests (12%, 24.0/s, 3 failed, about 37 s left)`.
 */
export class ProgressBar {
  private readonly started: number;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private drawn = false;

  constructor(
    private readonly stream: BarStream,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  update(progress: ReplayProgress): void {
    const now = this.now();
    if (progress.done !== progress.total && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const filled = progress.total === 0 ? WIDTH : Math.round((WIDTH * progress.done) / progress.total);
    let line = `[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${describeProgress(progress, now - this.started)}`;
    // A terminal that reports 0 columns (some CI pseudo-terminals, a detached tmux) has not said.
    const columns = this.stream.columns || 100;
    if (line.length > columns - 1) line = line.slice(0, Math.max(0, columns - 1));
    // Clear to the end of the line: a shorter line must not leave the tail of a longer one.
    this.stream.write(`\r${line}\u001b[K`);
    this.drawn = true;
  }

  /** Ends the bar's line so what is printed next (a message, Ctrl-C's notice) starts on its own. */
  finish(): void {
    if (this.drawn) this.stream.write('\n');
    this.drawn = false;
  }
}
