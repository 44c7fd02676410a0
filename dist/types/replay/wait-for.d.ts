import type { HeaderMap } from '../snapshot/types.js';
import { type Clock } from './clock.js';
import type { Target } from './target.js';
export interface WaitForOptions {
    /** A path on the target, below its base path, e.g. `/healthz`. */
    path: string;
    timeoutMs: number;
    /** The `headers` input: a preview may need its access token for the health check too. */
    headers: HeaderMap;
    clock?: Clock;
    log?: (line: string) => void;
}
/**
 * Polls `path` on the target until it answers 2xx, with exponential backoff (500 ms doubling to
 * 10 s), for up to `timeoutMs` (plus at most 1 s for the last poll's answer). Preview deploys lag
 * behind the workflow that starts the gate; replaying against a deployment still starting would
 * report its 502s as the PR's regressions. Throws TargetUnreachableError naming the last answer
 * or error when it never came up.
 */
export declare function waitForTarget(target: Target, name: string, options: WaitForOptions): Promise<void>;
