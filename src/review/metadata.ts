import { DIFFERENCE_KINDS, type DifferenceKind } from '../compare/types.js';
import { MAX_ACCEPTED_UNITS } from './acceptance.js';
import type { Acceptance, AcceptedUnit, Review } from './types.js';

/**
 * What the sticky comment carries for the next run, hidden: the run's fingerprint and the
 * acceptance that stands. Only the gate's own comment is read back (found by its marker and its
 * author, see github/sticky-comment.ts), so nobody else's text can plant an acceptance.
 */
export interface CommentMetadata {
  v: 1;
  fingerprint: string;
  acceptance?: Acceptance;
}

const OPEN = '<!-- replay-gate-metadata ';
const CLOSE = ' -->';
const KEY = /^[0-9a-f]{16}$/;
const MAX_TEXT = 2000;

export function metadataOf(review: Review | undefined): CommentMetadata | undefined {
  if (!review) return undefined;
  return { v: 1, fingerprint: review.fingerprint, ...(review.acceptance ? { acceptance: review.acceptance } : {}) };
}

/**
 * The hidden comment. Endpoints and places come from traffic: `<`, `>`, `&` and `-` are written
 * as JSON escapes, so nothing inside can close the HTML comment (`-->`, `--!>`) or open another.
 * The metadata holds no numbers but its version, so no `-` of a negative number is lost.
 */
export function encodeMetadata(metadata: CommentMetadata): string {
  const json = JSON.stringify(metadata).replace(/[<>&-]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${OPEN}${json}${CLOSE}`;
}

/** The metadata of a comment body, or undefined when it has none or it does not read as ours. */
export function decodeMetadata(body: string): CommentMetadata | undefined {
  const start = body.lastIndexOf(OPEN);
  if (start === -1) return undefined;
  const end = body.indexOf(CLOSE, start + OPEN.length);
  if (end === -1) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(body.slice(start + OPEN.length, end));
  } catch {
    return undefined;
  }
  if (!isObject(value) || value.v !== 1 || !isKey(value.fingerprint)) return undefined;
  const metadata: CommentMetadata = { v: 1, fingerprint: value.fingerprint };
  if (value.acceptance !== undefined) {
    const acceptance = acceptanceOf(value.acceptance);
    if (!acceptance) return undefined;
    metadata.acceptance = acceptance;
  }
  return metadata;
}

function acceptanceOf(value: unknown): Acceptance | undefined {
  if (!isObject(value)) return undefined;
  const { fingerprint, keys, units, by, at, headSha } = value;
  if (!isKey(fingerprint) || !isText(by) || !isText(at) || Number.isNaN(Date.parse(at)) || !isText(headSha)) return undefined;
  if (!Array.isArray(keys) || keys.length > MAX_ACCEPTED_UNITS || !keys.every(isKey)) return undefined;
  if (!Array.isArray(units) || units.length > MAX_ACCEPTED_UNITS) return undefined;
  const read = units.map(unitOf);
  if (read.some((u) => u === undefined)) return undefined;
  return { fingerprint, keys: [...keys], units: read as AcceptedUnit[], by, at, headSha };
}

function unitOf(value: unknown): AcceptedUnit | undefined {
  if (!isObject(value)) return undefined;
  const { key, endpoint, kind, pattern, from, to } = value;
  if (!isKey(key) || !isText(endpoint) || !isText(pattern) || !DIFFERENCE_KINDS.includes(kind as DifferenceKind)) return undefined;
  if ((from !== undefined && !isText(from)) || (to !== undefined && !isText(to))) return undefined;
  return { key, endpoint, kind: kind as DifferenceKind, pattern, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isKey(value: unknown): value is string {
  return typeof value === 'string' && KEY.test(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT;
}
