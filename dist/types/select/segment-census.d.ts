/**
 * Path segments that name records without looking like ids (slugs such as `blue-running-shoe`,
 * short random ids such as `x7Kq2`) are found by their distribution over the snapshot rather than
 * by their form: at one place under one prefix, many distinct values each rarely asked for are a
 * parameter, where a handful of words each asked for often (`/api/orders`, `/api/users`) are routes.
 *
 * The census is built while the snapshot streams past (`count`, one endpoint at a time) and read
 * once the endpoints are fixed (`generalise`), so a selection that reads the snapshot in one pass
 * or in two can use it alike. Memory is bounded: MAX_PREFIXES prefixes of MAX_TRACKED values each.
 */
/** At least this many distinct values at one place under one prefix… */
export declare const MIN_DISTINCT = 20;
/** …and none of them asked for by more than this share of the requests there: a parameter. */
export declare const MAX_SHARE = 0.1;
export declare const SLUG = "{slug}";
export declare class SegmentCensus {
    private readonly places;
    /** Counts the literal segments of an endpoint as inferred per URL (`GET /products/blue-shoe`). */
    count(endpoint: string): void;
    /** Whether the segment at `index` under these earlier segments is a parameter. */
    isParameter(method: string, segments: readonly string[], index: number): boolean;
    /**
     * The endpoint with its parameter places named `{slug}`: `GET /products/blue-shoe/reviews`
     * becomes `GET /products/{slug}/reviews`. Places are read under the prefixes as counted, so one
     * level of slugs is found under each prefix of literal and id segments.
     */
    generalise(endpoint: string): string;
}
