import type { RecordedRequest } from '../snapshot/types.js';
/** What every report shows in place of a credential's value. */
export declare const MASK = "***";
/** Request headers that carry credentials whatever the rest of the policy says about their names. */
export declare const DEFAULT_CREDENTIAL_HEADERS: readonly string[];
/** The rules file's `credentials:` block: names added, and defaults lifted by name. */
export interface CredentialNames {
    headers?: readonly string[];
    query?: readonly string[];
    allow?: readonly string[];
}
/**
 * The one decision about recorded credentials, shared by the replay (what is never sent to a
 * preview), the compare stage and the reports (what is never shown), and the recorder: a recorded
 * request header or query parameter is a credential when its name is listed (the defaults and the
 * rules file's `credentials.headers`/`credentials.query`) or looks like one (looksLikeCredential),
 * unless the rules file names it in `credentials.allow`. Names match whatever their case, with `-`
 * and `_` alike.
 */
export declare class CredentialPolicy {
    private readonly headers;
    private readonly query;
    private readonly allowed;
    constructor(names?: CredentialNames);
    private readonly headerVerdicts;
    private readonly queryVerdicts;
    isCredentialHeader(name: string): boolean;
    isCredentialQuery(name: string): boolean;
    private verdict;
    /**
     * The URL as it may be sent to a preview: credential query parameters left out entirely. The
     * recorded value is production's, and sending it is the leak; a name with another value would
     * be a guess, so the preview gets the request without it (a parameter it needs comes from the
     * preview's own setup, as its credentials do).
     */
    forwardableUrl(url: string): string;
    /**
     * The recorded credential values of one request, as a response might echo them: whole header
     * values, an authorization's credentials without its scheme, each cookie's value, each query
     * value (decoded and as recorded). Used to mask them in what that exchange shows.
     */
    recordedValues(request: Pick<RecordedRequest, 'url' | 'headers'>): string[];
}
export declare const DEFAULT_CREDENTIAL_POLICY: CredentialPolicy;
/** Whether `name` is a credential before the rules file says anything: what `credentials.allow` may lift. */
export declare function isDefaultCredential(name: string): boolean;
/** Names as the policy compares them: any case, `-` and `_` alike. */
export declare function normalName(name: string): string;
/**
 * Whether a header or query parameter name looks like it carries a credential. The name is cut
 * into words at `-`, `_`, `.`, spaces and camelCase humps (`X-Amz-Signature`, `accessToken`,
 * `api_key`); `auth` counts only as a word of its own or the start of one that is not `author…`
 * (`x-auth`, `oauth`, `authToken`, `authorization`, but not `?author=` or `authority`). Other
 * stems count anywhere in the name run together (`sessionid`, `apikey`).
 */
export declare function looksLikeCredential(name: string): boolean;
