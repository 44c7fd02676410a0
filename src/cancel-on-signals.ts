import type { EventEmitter } from 'node:events';

/**
 * What stop signals mean to a run. The Actions runner cancels a step with SIGINT, then SIGTERM
 * 7.5 s later, then kills it 2.5 s after that; a person at a terminal presses Ctrl-C.
 */
export interface Cancellation {
  /** Aborted by the first signal: stop replaying, judge what came back, report that. */
  readonly stop: AbortSignal;
  /** Aborted by the second: only what must not be lost (the check run), and at once. */
  readonly hurry: AbortSignal;
  /** Removes the handlers: signals act as they would without them again. */
  dispose(): void;
}

export interface CancelOptions {
  signals?: readonly NodeJS.Signals[];
  /** Called for every signal with how many came so far. */
  onSignal?: (signal: NodeJS.Signals, count: number) => void;
  /** The signal count at which waiting ends (`exit` is called); none by default. */
  giveUpAt?: number;
  exit?: (signal: NodeJS.Signals) => void;
}

/** Turns stop signals sent to `target` (the process) into a Cancellation. */
export function cancelOnSignals(target: EventEmitter, options: CancelOptions = {}): Cancellation {
  const stop = new AbortController();
  const hurry = new AbortController();
  const signals = options.signals ?? ['SIGINT', 'SIGTERM'];
  let count = 0;
  const handle = (signal: NodeJS.Signals) => {
    count++;
    options.onSignal?.(signal, count);
    if (count === 1) stop.abort(new Error(`cancelled by ${signal}`));
    else hurry.abort(new Error(`hurried by ${signal}`));
    if (options.giveUpAt !== undefined && count >= options.giveUpAt) options.exit?.(signal);
  };
  for (const signal of signals) target.on(signal, handle);
  return {
    stop: stop.signal,
    hurry: hurry.signal,
    dispose: () => {
      for (const signal of signals) target.off(signal, handle);
    },
  };
}
