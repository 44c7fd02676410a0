/**
 * Values shorter than this are not searched for in text. Masking every "on", "42" or "true" in a
 * report would shred it while protecting nothing a guess would not find; such a value is still
 * never printed where it is a header's value (curl shows `***`), only not hunted for elsewhere.
 */
export declare const MIN_SECRET_CHARS = 4;
/**
 * Replaces every occurrence of secret values (the `headers` input, the routes' requestHeaders, a
 * request's recorded credentials) in text with `***`, also in the forms a response or a report
 * writes them: percent-encoded (as a query value), and JSON-escaped (inside a JSON string).
 * Values may come as a function, called only when something is first masked: most requests are
 * never shown, and their credentials need not be gathered.
 */
export declare class SecretMasker {
    private readonly source;
    private pattern;
    private collected;
    /** The longest form searched for. */
    private longest;
    constructor(source?: Iterable<string> | (() => Iterable<string>));
    /** No secret long enough to look for: masking leaves every text as it is. */
    get empty(): boolean;
    /** A masker for these secrets and `more`, gathered when first needed. */
    with(more: () => Iterable<string>): SecretMasker;
    mask(text: string): string;
    /**
     * The first `max` characters of `text`, masked, for a report that shows no more. A secret
     * running across the cut is kept whole up to its end, so it is masked whole: cutting first
     * could leave a prefix of it. Only the part near the cut is searched beyond `max`.
     */
    maskPrefix(text: string, max: number): {
        text: string;
        cut: boolean;
    };
    /** A copy of a JSON-like value with every string (and key) masked. */
    maskDeep<T>(value: T): T;
    private walk;
    private values;
    private compiled;
}
