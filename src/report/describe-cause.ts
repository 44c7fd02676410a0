import type { Cause } from '../score/causes.js';
import { plural } from '../verdict/verdict.js';
import { describeKind } from './describe-kind.js';

/** How a report writes data (a code span) and its own words (escaped text). */
export interface Ink {
  code: (text: string) => string;
  text: (text: string) => string;
}

// Places and values come from traffic: a cause's line must stay a line.
const PLACE_CHARS = 200;

const A: Record<string, string> = { array: 'an array', object: 'an object', null: 'null' };

function withArticle(type: string): string {
  return A[type] ?? `a ${type}`;
}

/**
 * What changed, in a reviewer's words: "`$[*].id` became a string (was a number)",
 * "status `200 → 404`", "content type `application/json → text/html`", "field removed `$.x`".
 */
export function describeCause(cause: Pick<Cause, 'kind' | 'pattern' | 'from' | 'to'>, ink: Ink): string {
  const place = ink.code(clip(cause.pattern));
  const { from, to } = cause;
  if (cause.kind === 'type' && from !== undefined && to !== undefined) {
    return `${place} ${ink.text(`became ${withArticle(to)} (was ${withArticle(from)})`)}`;
  }
  if ((cause.kind === 'status' || cause.kind === 'content-type') && from !== undefined && to !== undefined) {
    return `${ink.text(cause.kind === 'status' ? 'status' : 'content type')} ${ink.code(clip(`${from} → ${to}`))}`;
  }
  return `${ink.text(describeKind(cause.kind, cause.pattern))} ${place}`;
}

/** "on 3 endpoints, 350 requests" or "on `GET /x`, 12 requests". */
export function describeReach(cause: Pick<Cause, 'endpoints' | 'requests'>, ink: Ink): string {
  const where = cause.endpoints.length === 1 ? ink.code(clip(cause.endpoints[0]!)) : ink.text(plural(cause.endpoints.length, 'endpoint'));
  return `${ink.text('on ')}${where}${ink.text(`, ${plural(cause.requests, 'request')}`)}`;
}

function clip(text: string): string {
  return text.length > PLACE_CHARS ? `${text.slice(0, PLACE_CHARS - 1)}…` : text;
}
