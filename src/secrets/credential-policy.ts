import type { RecordedRequest } from '../snapshot/types.js';
import { queryParams, rewriteQuery } from './query-string.js';

/** What every report shows in place of a credential's value. */
export const MASK = '***';

/** Request headers that carry credentials whatever the rest of the policy says about their names. */
export const DEFAULT_CREDENTIAL_HEADERS: readonly string[] = [
  'authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'x-auth-token', 'x-csrf-token',
];

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
export class CredentialPolicy {
  private readonly headers: ReadonlySet<string>;
  private readonly query: ReadonlySet<string>;
  private readonly allowed: ReadonlySet<string>;

  constructor(names: CredentialNames = {}) {
    this.headers = new Set([...DEFAULT_CREDENTIAL_HEADERS, ...(names.headers ?? [])].map(normalName));
    this.query = new Set((names.query ?? []).map(normalName));
    this.allowed = new Set((names.allow ?? []).map(normalName));
  }

  // Every recorded header of every request is asked about, on both sides: the answers are
  // remembered, up to a bound a snapshot full of made-up names cannot push memory past.
  private readonly headerVerdicts = new Map<string, boolean>();
  private readonly queryVerdicts = new Map<string, boolean>();

  isCredentialHeader(name: string): boolean {
    return this.verdict(this.headerVerdicts, this.headers, name);
  }

  isCredentialQuery(name: string): boolean {
    return this.verdict(this.queryVerdicts, this.query, name);
  }

  private verdict(cache: Map<string, boolean>, listed: ReadonlySet<string>, name: string): boolean {
    const known = cache.get(name);
    if (known !== undefined) return known;
    const normal = normalName(name);
    const verdict = !this.allowed.has(normal) && (listed.has(normal) || looksLikeCredential(name));
    if (cache.size < MAX_REMEMBERED) cache.set(name, verdict);
    return verdict;
  }

  /**
   * The URL as it may be sent to a preview: credential query parameters left out entirely. The
   * recorded value is production's, and sending it is the leak; a name with another value would
   * be a guess, so the preview gets the request without it (a parameter it needs comes from the
   * preview's own setup, as its credentials do).
   */
  forwardableUrl(url: string): string {
    return rewriteQuery(url, (name) => (this.isCredentialQuery(name) ? null : undefined));
  }

  /**
   * The recorded credential values of one request, as a response might echo them: whole header
   * values, an authorization's credentials without its scheme, each cookie's value, each query
   * value (decoded and as recorded). Used to mask them in what that exchange shows.
   */
  recordedValues(request: Pick<RecordedRequest, 'url' | 'headers'>): string[] {
    const values: string[] = [];
    for (const [name, value] of Object.entries(request.headers)) {
      if (!this.isCredentialHeader(name)) continue;
      values.push(value);
      const scheme = /^[A-Za-z][\w.+-]*\s+(\S.*)$/.exec(value);
      if (scheme && (name === 'authorization' || name === 'proxy-authorization')) values.push(scheme[1]!);
      if (name === 'cookie' || name === 'set-cookie') {
        for (const pair of value.split(/;\s*/)) {
          const equals = pair.indexOf('=');
          if (equals > 0) values.push(pair.slice(equals + 1));
        }
      }
    }
    for (const param of queryParams(request.url)) {
      if (!this.isCredentialQuery(param.name)) continue;
      values.push(param.value);
      const equals = param.raw.indexOf('=');
      if (equals !== -1) values.push(param.raw.slice(equals + 1));
    }
    return values;
  }
}

const MAX_REMEMBERED = 4096;
const DEFAULT_HEADER_SET: ReadonlySet<string> = new Set(DEFAULT_CREDENTIAL_HEADERS.map(normalName));

export const DEFAULT_CREDENTIAL_POLICY = new CredentialPolicy();

/** Whether `name` is a credential before the rules file says anything: what `credentials.allow` may lift. */
export function isDefaultCredential(name: string): boolean {
  return DEFAULT_HEADER_SET.has(normalName(name)) || looksLikeCredential(name);
}

/** Names as the policy compares them: any case, `-` and `_` alike. */
export function normalName(name: string): string {
  return name.trim().toLowerCase().replace(/_/g, '-');
}

// Stems that name a credential wherever they stand in a name, run together or not:
// `sessionid`, `PHPSESSID`, `x-amz-signature`, `apikey`, `db_password`, `x-csrf-token`.
const STEMS = /secret|passw(or)?d|session|sessid|signature|credential|api-?key|csrf|xsrf/;
// `token`, except as a pagination cursor (`pageToken`, `next_token`, `continuation-token`): those
// are not secrets, and leaving one out of a replayed request would ask for another page.
const TOKEN = /(?<!page|next|prev|previous|continuation|sync|resume|cursor|start)token/;

/**
 * Whether a header or query parameter name looks like it carries a credential. The name is cut
 * into words at `-`, `_`, `.`, spaces and camelCase humps (`X-Amz-Signature`, `accessToken`,
 * `api_key`); `auth` counts only as a word of its own or the start of one that is not `author…`
 * (`x-auth`, `oauth`, `authToken`, `authorization`, but not `?author=` or `authority`). Other
 * stems count anywhere in the name run together (`sessionid`, `apikey`).
 */
export function looksLikeCredential(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const joined = words.join('-');
  const together = words.join('');
  if (STEMS.test(joined) || STEMS.test(together) || TOKEN.test(together)) return true;
  return words.some((word) => /^auth(?!or)|^authori[sz]|auth\d*$/.test(word));
}
