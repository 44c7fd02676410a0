import type { RuleBook } from '../config/rule-book.js';
import { forwardedHeaders, forwardedPath } from '../replay/outgoing.js';
import type { ExampleRequest } from '../score/types.js';
import { type CredentialPolicy, DEFAULT_CREDENTIAL_POLICY, MASK } from '../secrets/credential-policy.js';
import type { HeaderMap } from '../snapshot/types.js';

/**
 * What a report needs to show the request the gate sent: the credential policy (what was left
 * out), and the names, never the values, of the headers the gate added.
 */
export interface Reproduction {
  credentials: CredentialPolicy;
  /** The `headers` input's names, then the route's requestHeaders names. */
  addedHeaders(endpoint: string): readonly string[];
}

/** Nothing added, the default policy: for reports rendered without a run's settings. */
export const PLAIN_REPRODUCTION: Reproduction = { credentials: DEFAULT_CREDENTIAL_POLICY, addedHeaders: () => [] };

export function reproductionOf(headers: HeaderMap, rules: Pick<RuleBook, 'credentials' | 'requestHeaders'>): Reproduction {
  const inputNames = Object.keys(headers);
  return {
    credentials: rules.credentials,
    addedHeaders: (endpoint) => [...new Set([...inputNames, ...Object.keys(rules.requestHeaders(endpoint))])],
  };
}

// curl prints the body as it comes, and an encoded body is unreadable; the gate decodes itself.
const NOT_FOR_CURL = new Set(['accept-encoding']);

/**
 * A curl command that sends what the gate sent for the example: the recorded headers and query
 * the replay forwards (outgoing.ts decides, with the same policy), the added headers as `***`.
 */
export function curlCommand(example: ExampleRequest, targetUrl: string, credentials: CredentialPolicy, addedHeaders: readonly string[]): string {
  const url = targetUrl.replace(/\/+$/, '') + forwardedPath(example.url, credentials);
  const parts = ['curl', '-sS', '-i'];
  if (example.method !== 'GET') parts.push('-X', shellQuote(example.method));
  const added = new Set(addedHeaders);
  for (const [name, value] of Object.entries(forwardedHeaders(example.requestHeaders, credentials))) {
    if (!NOT_FOR_CURL.has(name) && !added.has(name)) parts.push('-H', shellQuote(`${name}: ${value}`));
  }
  for (const name of added) parts.push('-H', shellQuote(`${name}: ${MASK}`));
  const body = example.requestBody;
  if (body && 'text' in body) parts.push('--data-binary', shellQuote(body.text));
  parts.push(shellQuote(url));
  // A body too large or binary to show is sent from a file the reader saves it in.
  if (body && 'bytes' in body) return `# the ${body.bytes}-byte body recorded with exchange ${shellComment(example.id)} is not shown: save it from the snapshot as request-body.bin\n${parts.join(' ')} --data-binary @request-body.bin`;
  return parts.join(' ');
}

function shellComment(text: string): string {
  return text.replace(/[\r\n]/g, ' ');
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`).replace(/[\r\n]/g, ' ')}'`;
}
