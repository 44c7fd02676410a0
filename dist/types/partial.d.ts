import type { RuleBook } from './config/rule-book.js';
import { type GateOptions, type GateResults, type Reference } from './gate.js';
import { type HealthCounters } from './replay/health.js';
import { type LatencyRule } from './score/latency.js';
import { type Tally } from './score/tally.js';
import { type Shard } from './shard.js';
import { type SelectionCounts } from './select/types.js';
import type { DecodeIssue } from './snapshot/types.js';
import { type FailOn } from './verdict/verdict.js';
export declare const PARTIAL_VERSION = 1;
/** What every shard of one run must share: the same bytes, seed, rules and gate. */
export interface RunPins {
    /** The resolved snapshot: its S3 objects with their ETags, or its files with their SHA-256. */
    snapshot: {
        name: string;
        objects: {
            key: string;
            etag: string;
        }[];
    };
    seed: number;
    /** SHA-256 of the rules file as parsed; `defaults` without one. */
    rulesHash: string;
    gateVersion: string;
}
/** One shard's result before judging: plain JSON, versioned, masked like results. */
export interface GatePartial {
    kind: 'replay-gate-partial';
    version: typeof PARTIAL_VERSION;
    shard: Shard;
    pins: RunPins;
    tally: Tally;
    /** Why the shard could not judge, in one line (as a results reason); absent when it could. */
    error?: string;
    /** The run was cancelled before it judged every request of the shard. */
    cancelled?: boolean;
    target: string;
    reference: Reference;
    failOn: FailOn;
    /** The latency rule the shard ran with (pinned with the rules hash). */
    latency: LatencyRule;
    /**
     * What the snapshot's first read counted: the same in every shard (each reads all of it), so
     * the merge takes it once, and a difference is a pin mismatch.
     */
    selection: {
        counts: SelectionCounts;
        decodeErrors: number;
        decodeIssues: DecodeIssue[];
        unsendable: number;
        unsendableIssues: DecodeIssue[];
    };
    /** Requests of this shard replayed and judged. */
    judged: number;
    /** Each side's health counters: the merge judges them over all shards together. */
    health: {
        side: 'target' | 'baseline';
        origin: string;
        counters: HealthCounters;
    }[];
    startedAt: string;
    finishedAt: string;
}
export declare function emptyPartial(options: Pick<GateOptions, 'snapshot' | 'targetUrl' | 'baselineUrl' | 'failOn' | 'seed' | 'rules'>, shard: Shard): GatePartial;
export interface JudgeOptions {
    /** Absent: the shards' own. */
    failOn?: FailOn;
    /** The merge job's rules: must be those the shards ran with (their hash); their latency rule judges. */
    rules?: RuleBook;
}
/**
 * Judges the partials of one run: all its shards, merged, judged as one unsharded run of the
 * same snapshot is. Pure. Refuses with verdict `error` and a one-line reason naming the shards:
 * partials that disagree on their pins, a shard missing or given twice, different shard counts,
 * a shard that could not judge.
 */
export declare function judgePartials(partials: readonly GatePartial[], options?: JudgeOptions): GateResults;
