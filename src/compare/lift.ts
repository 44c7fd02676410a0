import { digestOf, MAX_BODY_BYTES } from '../body/digest.js';
import type { ObservedResponse } from '../replay/types.js';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth.js';
import type { LiftedBody } from './types.js';

const MIB = 1024 * 1024;

/** Why a body is compared by length and hash only; shown with the difference. */
export const PAST_BODY_CAP = `past the ${MAX_BODY_BYTES / MIB} MiB body cap: compared by length and SHA-256 of the first ${MAX_BODY_BYTES / MIB} MiB`;
export const TOO_DEEP = `JSON nested deeper than ${MAX_JSON_DEPTH} levels: compared by length and SHA-256`;

export function mediaType(contentType: string | undefined): string | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type || undefined;
}

export function isJsonType(type: string | undefined): boolean {
  return type !== undefined && (type === 'application/json' || type.endsWith('+json') || type === 'text/json');
}

function isTextType(type: string): boolean {
  return (
    type.startsWith('text/') ||
    type.endsWith('+xml') ||
    ['application/xml', 'application/javascript', 'application/x-www-form-urlencoded', 'application/graphql'].includes(type)
  );
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Lifts a body into what its content type says it is, so it can be compared by meaning. */
export function liftBody(response: ObservedResponse): LiftedBody {
  // One answer takes part in several comparisons (against the reference, its own second ask,
  // a confirmation): it is parsed once. Comparisons never modify a lifted body.
  let lifted = liftedBodies.get(response);
  if (!lifted) liftedBodies.set(response, (lifted = lift(response)));
  return lifted;
}

const liftedBodies = new WeakMap<ObservedResponse, LiftedBody>();

function lift(response: ObservedResponse): LiftedBody {
  if (response.bodyDigest) return { kind: 'bytes', ...response.bodyDigest, note: PAST_BODY_CAP };
  const body = response.body;
  if (body.length === 0) return { kind: 'empty' };
  const type = mediaType(response.headers['content-type']);
  const text = decodeText(body);
  if (isJsonType(type) || (type === undefined && text !== undefined && /^\s*[[{]/.test(text))) {
    if (text === undefined) return bytes(body);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return type === undefined ? { kind: 'text', text } : { kind: 'invalid-json', text };
    }
    // JSON.parse copes with any depth; the recursive walks after it do not, so they never see it.
    if (nestsDeeperThan(text)) return { ...bytes(body), note: TOO_DEEP };
    return { kind: 'json', value };
  }
  if (text !== undefined && (type === undefined || isTextType(type))) return { kind: 'text', text };
  return bytes(body);
}

function decodeText(body: Buffer): string | undefined {
  try {
    return utf8.decode(body);
  } catch {
    return undefined;
  }
}

function bytes(body: Buffer): LiftedBody & { kind: 'bytes' } {
  return { kind: 'bytes', ...digestOf(body) };
}
