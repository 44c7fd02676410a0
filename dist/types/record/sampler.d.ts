/** Which requests are recorded, decided before the request is forwarded, so a skipped one costs nothing. */
export interface SampleRules {
    /** The share of eligible requests recorded, 0..1. */
    rate: number;
    /** At most this many recorded per endpoint per clock minute; 0 = no cap. */
    perEndpointPerMinute: number;
    methods: string[];
    /** Path globs, as the rules file's `select:` (src/select/filter.ts). */
    include: string[];
    exclude: string[];
}
export type SkipReason = 'method' | 'excluded' | 'rate' | 'endpoint-cap';
export type SampleDecision = {
    record: true;
} | {
    record: false;
    reason: SkipReason;
};
export declare class Sampler {
    private readonly rules;
    private readonly now;
    private readonly random;
    private readonly filter;
    private minute;
    private readonly counts;
    constructor(rules: SampleRules, now?: () => number, random?: () => number);
    decide(method: string, url: string): SampleDecision;
}
/** `5%`, `0.05` or `1` as a rate; undefined when it is none. */
export declare function parseRate(text: string): number | undefined;
