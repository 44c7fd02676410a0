import { type BodyDigest, describeDigest, digestOf, sameDigest } from '../body/digest.js';
import type { ObservedResponse } from '../replay/types.js';
import { DifferenceCollector, diffJson } from './json-diff.js';
import { liftBody, mediaType } from './lift.js';
import type { OriginSet } from './origins.js';
import type { Redactor } from './redact.js';
import { diffText } from './text-diff.js';
import type { CompareRules, Difference, LiftedBody } from './types.js';

/**
 * Compares a candidate's response with a reference one by meaning: status class, media type,
 * chosen headers, and the body by what it is (JSON tree, text lines, or bytes).
 */
export function compareResponses(
  expected: ObservedResponse,
  actual: ObservedResponse,
  rules: CompareRules,
  method: string,
  redactor?: Redactor,
  renders = true,
  origins?: OriginSet,
): { differences: Difference[]; truncated: boolean; materialise: () => void } {
  const out = new DifferenceCollector(rules, redactor, renders, origins);
  const materialise = () => out.materialise();
  if (expected.status !== actual.status) {
    const classChanged = Math.floor(expected.status / 100) !== Math.floor(actual.status / 100);
    const change = { from: String(expected.status), to: String(actual.status) };
    out.add('status', 'status', change.from, change.to, classChanged ? 'breaking' : 'changed', 'status', change);
    // The body of an error page says nothing more about the regression than its status does.
    if (classChanged) return { differences: out.differences, truncated: false, materialise };
  }
  const typeA = mediaType(expected.headers['content-type']);
  const typeB = mediaType(actual.headers['content-type']);
  if (typeA !== typeB && typeA !== undefined) {
    const change = { from: typeA, to: typeB ?? '(none)' };
    out.add('content-type', 'header:content-type', change.from, change.to, typeB === undefined ? 'changed' : 'breaking', 'header:content-type', change);
  }
  for (const name of rules.headers) {
    const a = expected.headers[name];
    const b = actual.headers[name];
    if (a === b || (a !== undefined && b !== undefined && origins?.same(a, b))) continue;
    const shown = (value: string) => (redactor ? redactor.headerValue(name, value) : value);
    // Coming and going is its own sort of change (see statKey): a header whose value varies by
    // itself cannot hide it disappearing, which clients that read it break on.
    if (b === undefined) out.add('removed', `header:${name}`, shown(a!), '(absent)', 'breaking');
    else if (a === undefined) out.add('added', `header:${name}`, '(absent)', shown(b), 'changed');
    else out.add('header', `header:${name}`, shown(a), shown(b));
  }
  // The same bytes under the same media type mean the same thing: no need to parse either.
  if (method !== 'HEAD' && !(typeA === typeB && sameBytes(expected, actual))) compareBodies(expected, actual, out);
  return { differences: out.differences, truncated: out.truncated, materialise };
}

function sameBytes(a: ObservedResponse, b: ObservedResponse): boolean {
  if (a.bodyDigest || b.bodyDigest) return sameDigest(digestOfBody(a), digestOfBody(b));
  return a.body.equals(b.body);
}

/** A body's digest: the one it came with past the cap, else its hash (each body hashed at most once). */
function digestOfBody(response: ObservedResponse): BodyDigest {
  if (response.bodyDigest) return response.bodyDigest;
  let digest = digests.get(response);
  if (!digest) digests.set(response, (digest = digestOf(response.body)));
  return digest;
}

const digests = new WeakMap<ObservedResponse, BodyDigest>();

function compareBodies(expected: ObservedResponse, actual: ObservedResponse, out: DifferenceCollector): void {
  const a = liftBody(expected);
  const b = liftBody(actual);
  // A body compared by length and hash only (past the cap, nested too deep) makes the other one so too.
  const notes = [a, b].flatMap((body) => (body.kind === 'bytes' && body.note ? [body.note] : []));
  if (notes.length > 0) {
    const [da, db] = [a.kind === 'bytes' ? a : digestOfBody(expected), b.kind === 'bytes' ? b : digestOfBody(actual)];
    if (!sameDigest(da, db)) out.add('bytes', 'body', describeDigest(da), `${describeDigest(db)} (${[...new Set(notes)].join('; ')})`);
    return;
  }
  if (a.kind === 'json' && b.kind === 'json') return diffJson(a.value, b.value, out);
  if (a.kind === 'json') {
    out.add('format', 'body', 'JSON', describeKind(b));
    return;
  }
  if (a.kind === 'text' && b.kind === 'text') return diffText(a.text, b.text, out);
  if (a.kind === 'bytes' && b.kind === 'bytes') {
    if (a.sha256 !== b.sha256) out.add('bytes', 'body', `${a.bytes} bytes`, `${b.bytes} bytes, other content`);
    return;
  }
  if (a.kind === 'empty' && b.kind === 'empty') return;
  if (a.kind === 'invalid-json' && b.kind === 'invalid-json') {
    if (a.text !== b.text) out.add('text', 'body', 'invalid JSON', 'other invalid JSON');
    return;
  }
  out.add('format', 'body', describeKind(a), describeKind(b), b.kind === 'json' ? 'changed' : 'breaking');
}

function describeKind(body: LiftedBody): string {
  switch (body.kind) {
    case 'empty':
      return 'empty body';
    case 'json':
      return 'JSON';
    case 'invalid-json':
      return 'malformed JSON';
    case 'text':
      return 'text';
    case 'bytes':
      return `${body.bytes} bytes of binary`;
  }
}
