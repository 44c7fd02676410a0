import { type RequestComparison } from '../compare/compare-exchange.js';
import type { ShownBody } from '../compare/redact.js';
import type { Difference, DifferenceKind, Severity } from '../compare/types.js';
import type { HeaderMap } from '../snapshot/types.js';
import type { PlaceCounts } from './noise-test.js';
/**
 * The scorer's tally: plain JSON, versioned, and merged by addition, so shards of one run each
 * tally their part and one merge gives the tally of the whole (judge.ts then judges it).
 *
 * Every bound is a bottom-K by a hash of the key (place changes, drift entries, tracked variants,
 * places with an example request): a key among the K lowest of the union is among the K lowest of
 * every part it appears in, so it was never dropped anywhere and its counts are exact whatever
 * the partition. Examples are the requests of lowest seeded rank (unitHash of the id), ties broken
 * by id: the minimum of the union is the minimum of the parts' minima. Arrival order decides nothing.
 */
export declare const TALLY_VERSION = 1;
/** Places per endpoint whose example request is kept (the lowest key hashes among places that differed). */
export declare const MAX_EXAMPLES_PER_ENDPOINT = 50;
/** Drift entries per endpoint. */
export declare const MAX_DRIFT_PER_ENDPOINT = 50;
export declare const MAX_CHANGES_PER_PLACE = 8;
export declare const MAX_TRACKED_VARIANTS = 200;
export declare const VARIANT_CANDIDATES = 3;
/** The key of the variant that sums what is past the bound. */
export declare const OTHER_VARIANT = "\0other";
export interface Tally {
    kind: 'replay-gate-tally';
    version: typeof TALLY_VERSION;
    /** The sampling seed examples are ranked by: tallies of different seeds do not merge. */
    seed: number;
    /** Sorted by name. */
    endpoints: EndpointTally[];
}
export interface EndpointTally {
    endpoint: string;
    /** Requests replayed. */
    requests: number;
    /** Requests with a reference to compare against. */
    compared: number;
    /** Requests with drift. */
    drifted: number;
    /** Sorted by key. */
    places: PlaceTally[];
    /**
     * The sets of places compared requests differed at, per query variant, each with how many
     * requests differed at exactly that set (a counted set: a million requests differing at one
     * place are one entry); judged once the noise test has judged the places.
     */
    differedAt: DifferedAt[];
    /** Sorted by key; `other` (OTHER_VARIANT) holds what is past MAX_TRACKED_VARIANTS. */
    variants: VariantTallyEntry[];
    /** Bottom-K by key hash; sorted by key. */
    drift: DriftTally[];
    /** The requests examples refer to, each once, rendered; sorted by id. */
    examples: ExampleRecord[];
    /** Raw response times (the Mann-Whitney test needs them; bounded by the budget). */
    latency: LatencySamples;
}
/**
 * Response times per side as `[ms, requests]` pairs, by ms: every sample (the Mann-Whitney test
 * needs them all), counted by value. Live answers are timed to the millisecond, so a side holds at
 * most as many pairs as there are milliseconds up to the timeout, however many requests it had.
 */
export interface LatencySamples {
    candidate: [number, number][];
    baseline: [number, number][];
    recorded: [number, number][];
}
export interface PlaceTally {
    /** statKey: pattern and sort of change. */
    key: string;
    pattern: string;
    /** Worst severity of the differences seen there; `info` when it only varied. */
    severity: Severity;
    counts: PlaceCounts;
    /** The counts of paired requests only: what the noise test weighs (see noise-test.ts). */
    tested: PlaceCounts;
    /** The difference of the lowest-ranked request that differed there; absent when it only varied. */
    example?: {
        rank: number;
        id: string;
        difference: Difference;
    };
    /** Bottom-K by hash of the change key; sorted by key. */
    changes: ChangeTally[];
}
export interface ChangeTally {
    key: string;
    kind: DifferenceKind;
    from?: string;
    to?: string;
    severity: Severity;
    requests: number;
}
export interface DifferedAt {
    variant: string;
    keys: string[];
    requests: number;
}
export interface VariantTallyEntry {
    key: string;
    params: string[];
    other: boolean;
    requests: number;
    /** Lowest (rank, id) first: requests that differed at first sight. */
    candidates: {
        rank: number;
        id: string;
    }[];
}
export interface DriftTally {
    key: string;
    pattern: string;
    requests: number;
    example: {
        rank: number;
        id: string;
        difference: Difference;
    };
}
/** A request as an example shows it, rendered; each difference with its statKey so judge can keep the real ones. */
export interface ExampleRecord {
    id: string;
    method: string;
    url: string;
    requestHeaders: HeaderMap;
    requestBody?: ShownBody;
    excerpts?: {
        expected: string;
        actual: string;
    };
    differences: {
        key: string;
        difference: Difference;
    }[];
}
/**
 * Builds one Tally from comparisons as they stream in. Each comparison becomes the tally of that
 * one request, merged into the running one: adding is merging, so a merge of shards cannot
 * differ from one run that added everything.
 */
export declare class TallyBuilder {
    readonly seed: number;
    private readonly endpoints;
    constructor(seed?: number);
    add(comparison: RequestComparison): void;
    value(): Tally;
}
/** The tally of all the tallies' requests: exact, whatever the partition (see the file comment). */
export declare function mergeTallies(tallies: readonly Tally[]): Tally;
/** A fresh, empty tally. */
export declare function emptyTally(seed?: number): Tally;
/** Whether a (rank, id) comes before another: the lower seeded rank, then the lower id. */
export declare function before(a: {
    rank: number;
    id: string;
}, b: {
    rank: number;
    id: string;
}): boolean;
/** The hash bounded sets rank keys by (memoised: the same few keys are ranked again and again). */
export declare function keyHash(key: string): number;
/** The sort of change at a place with its from/to: what a cause is made of, besides the pattern. */
export declare function changeKey(d: Pick<Difference, 'kind' | 'pattern' | 'from' | 'to'>): string;
/** The places whose example request is kept: the lowest key hashes among places that differed. */
export declare function placesWithRequests(places: Iterable<PlaceTally>): Set<string>;
/** The samples of one side, each value as many times as it was seen (what judgeLatency reads). */
export declare function samplesOf(pairs: readonly [number, number][]): Float64Array;
