import { diffLines } from 'diff';
import type { ObservedResponse } from '../replay/types.js';
import { DifferenceCollector, diffJson } from './json-diff.js';
import { liftBody, mediaType } from './lift.js';
import type { Redactor } from './redact.js';
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
): { differences: Difference[]; truncated: boolean; materialise: () => void } {
  const out = new DifferenceCollector(rules, redactor, renders);
  const materialise = () => out.materialise();
  if (expected.status !== actual.status) {
    const classChanged = Math.floor(expected.status / 100) !== Math.floor(actual.status / 100);
    out.add('status', 'status', String(expected.status), String(actual.status), classChanged ? 'breaking' : 'changed');
    // The body of an error page says nothing more about the regression than its status does.
    if (classChanged) return { differences: out.differences, truncated: false, materialise };
  }
  const typeA = mediaType(expected.headers['content-type']);
  const typeB = mediaType(actual.headers['content-type']);
  if (typeA !== typeB && typeA !== undefined) {
    out.add('content-type', 'header:content-type', typeA, typeB ?? '(none)', typeB === undefined ? 'changed' : 'breaking');
  }
  for (const name of rules.headers) {
    const a = expected.headers[name];
    const b = actual.headers[name];
    if (a === b) continue;
    const shown = (value: string) => (redactor ? redactor.headerValue(name, value) : value);
    // Coming and going is its own sort of change (see statKey): a header whose value varies by
    // itself cannot hide it disappearing, which clients that read it break on.
    if (b === undefined) out.add('removed', `header:${name}`, shown(a!), '(absent)', 'breaking');
    else if (a === undefined) out.add('added', `header:${name}`, '(absent)', shown(b), 'changed');
    else out.add('header', `header:${name}`, shown(a), shown(b));
  }
  // The same bytes under the same media type mean the same thing: no need to parse either.
  if (method !== 'HEAD' && !(typeA === typeB && sameBytes(expected, actual))) compareBodies(liftBody(expected), liftBody(actual), out);
  return { differences: out.differences, truncated: out.truncated, materialise };
}

function sameBytes(a: ObservedResponse, b: ObservedResponse): boolean {
  if (a.bodyDigest || b.bodyDigest) return a.bodyDigest?.sha256 === b.bodyDigest?.sha256 && a.bodyDigest?.bytes === b.bodyDigest?.bytes;
  return a.body.equals(b.body);
}

function compareBodies(a: LiftedBody, b: LiftedBody, out: DifferenceCollector): void {
  if (a.kind === 'json' && b.kind === 'json') return diffJson(a.value, b.value, out);
  if (a.kind === 'json') {
    out.add('format', 'body', 'JSON', describeKind(b));
    return;
  }
  if (a.kind === 'text' && b.kind === 'text') {
    if (a.text === b.text) return;
    let added = 0;
    let removed = 0;
    for (const part of diffLines(a.text, b.text)) {
      if (part.added) added += part.count ?? 0;
      if (part.removed) removed += part.count ?? 0;
    }
    out.add('text', 'body', `${removed} line(s) removed`, `${added} line(s) added`);
    return;
  }
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
