import { CredentialPolicy } from '../secrets/credential-policy.js';
import { SecretMasker } from '../secrets/secret-masker.js';
import type { HeaderMap, RecordedBody, RecordedRequest } from '../snapshot/types.js';
export declare const REDACTED = "[redacted]";
/** A recorded request body as a report may show it: its text, or only its size. */
export type ShownBody = {
    text: string;
} | {
    bytes: number;
};
export interface RedactorOptions {
    /** Which recorded headers and query parameters are credentials: their values show as `***`. */
    credentials?: CredentialPolicy;
    /** Secret values masked wherever they appear in what is rendered (the `headers` input, route headers). */
    secrets?: SecretMasker;
}
/**
 * Decides what of a request and its answers may leave the compare stage, so no report can show
 * more: the config's `redact` list (JSON paths, `header:name`, `query:name`) shown as
 * `[redacted]`, credentials by the credential policy shown as `***`, and secret values masked in
 * rendered values and excerpts before they are cut to length (so no prefix of one survives a cut).
 * Comparison itself still sees the real values: a redacted field that changes is still a change.
 */
export declare class Redactor {
    private readonly paths;
    private readonly headers;
    private readonly queries;
    readonly credentials: CredentialPolicy;
    readonly secrets: SecretMasker;
    /** From the `redact` entries, or from another Redactor, sharing its compiled entries. */
    constructor(entries: readonly string[] | Redactor, options?: RedactorOptions);
    /**
     * The same redaction for one request: its own recorded credentials are masked too, wherever its
     * answers echo them. They are gathered only if something of the request is rendered.
     */
    forRequest(request: Pick<RecordedRequest, 'url' | 'headers'>): Redactor;
    /** Whether the `redact` list is in force (then text bodies are not shown). */
    get active(): boolean;
    isRedactedPath(path: string): boolean;
    /**
     * A copy of `value` (found at `path`) with every redacted place replaced. Secrets are masked
     * when it is written out (`text`, or renderValue's `mask`), not here: a large subtree is
     * rendered only as far as a report shows it.
     */
    json(value: unknown, path?: string): unknown;
    /** Whether there are secrets to mask: without any, `text` changes nothing. */
    get masksText(): boolean;
    /** Text as it may be shown: secrets masked. Mask before cutting text to length (or use `prefix`). */
    text(text: string): string;
    /** At most the first `max` characters of text as they may be shown, secrets masked whole. */
    prefix(text: string, max: number): {
        text: string;
        cut: boolean;
    };
    /** Recorded request headers as they may be shown: credentials `***`, redacted ones `[redacted]`. */
    headerMap(headers: HeaderMap): HeaderMap;
    /** One header's value as it may be shown, e.g. in a difference of a compared response header. */
    headerValue(name: string, value: string): string;
    private hiddenHeader;
    /**
     * A recorded request body as it may be shown (the curl reproducer sends it): JSON with the
     * values of credential-looking keys `***` and redacted paths `[redacted]`; a form with its
     * credential fields `***`, as in a query; other text only while no `redact` rule is on, as for
     * response excerpts; binary or over 4 KiB, only its size.
     */
    requestBody(body: RecordedBody): ShownBody | undefined;
    private maskCredentialKeys;
    /** The URL with the values of credential query parameters `***` and of redacted ones `[redacted]`. */
    url(url: string): string;
}
