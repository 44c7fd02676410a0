import type { Cause } from '../score/causes.js';
import { unitKey } from '../review/fingerprint.js';
import type { AcceptanceNote, Review, ReviewedUnit, StaleExpectation } from '../review/types.js';
import { plural } from '../verdict/verdict.js';
import { describeCause, type Ink } from './describe-cause.js';

const MAX_LISTED = 20;
const REASON_CHARS = 300;

/** The review of a run in a report's own ink: notes, new and gone causes, stale expectations. */
export interface ReviewLines {
  /** What the acceptance label did, one line each. */
  notes: string[];
  /** Causes on endpoints the acceptance on record does not cover. */
  fresh: string[];
  /** Accepted causes this run no longer shows. */
  gone: string[];
  stale: string[];
  fingerprint: string;
}

export function reviewLines(review: Review, ink: Ink, configPath: string): ReviewLines {
  const fresh = review.units.filter((u) => u.state === 'new');
  const gone = review.gone ?? [];
  return {
    notes: review.note ? [noteLine(review.note, review, ink)] : [],
    fresh: listed(fresh.map((u) => `${describeCause(u, ink)}${ink.text(' on ')}${ink.code(u.endpoint)}${u.gating ? '' : ink.text(' (does not fail the gate)')}`), ink),
    gone: listed(gone.map((u) => `${describeCause(u, ink)}${ink.text(' on ')}${ink.code(u.endpoint)}`), ink),
    stale: listed(review.stale.map((s) => staleLine(s, ink, configPath)), ink),
    fingerprint: review.fingerprint,
  };
}

/**
 * How a cause stands, shown beside it: expected (with the reason), accepted, new since the
 * acceptance; on some of its endpoints only, it says which. Empty when nothing reviewed it.
 */
export function causeMark(cause: Cause, review: Review | undefined, ink: Ink): string {
  if (!review) return '';
  const byKey = new Map(review.units.map((u) => [u.key, u]));
  const units = cause.endpoints.map((endpoint) => byKey.get(unitKey({ ...cause, endpoint }))).filter((u): u is ReviewedUnit => u !== undefined);
  const parts: string[] = [];
  for (const state of ['new', 'expected', 'accepted'] as const) {
    const those = units.filter((u) => u.state === state);
    if (those.length === 0) continue;
    const where = those.length === units.length ? '' : those.length === 1 ? ` on ${ink.code(those[0]!.endpoint)}` : ink.text(` on ${plural(those.length, 'endpoint')}`);
    if (state === 'new') parts.push(`${ink.text('new since the acceptance')}${where}`);
    if (state === 'accepted' && review.acceptance) parts.push(`${ink.text(`accepted by @${review.acceptance.by} ${day(review.acceptance.at)}`)}${where}`);
    if (state === 'expected') {
      const reasons = [...new Set(those.map((u) => u.reason).filter((r): r is string => r !== undefined))];
      parts.push(`${ink.text('expected')}${where}${reasons.length > 0 ? ink.text(`: ${clip(reasons.join('; '), REASON_CHARS)}`) : ''}`);
    }
  }
  return parts.length > 0 ? `${ink.text(' — ')}${parts.join(ink.text('; '))}` : '';
}

function noteLine(note: AcceptanceNote, review: Review, ink: Ink): string {
  const covered = review.units.filter((u) => u.state === 'accepted').length;
  switch (note.kind) {
    case 'accepted':
      return ink.text(`${note.now ? 'Accepted now' : 'Accepted'} by @${note.by} ${day(note.at)} at `) + ink.code(note.headSha.slice(0, 7)) +
        ink.text(`: ${plural(covered, 'cause')} of this run ${covered === 1 ? 'is' : 'are'} covered; anything else that changes fails the gate again. Removing the label withdraws it.`);
    case 'kept':
      return ink.text(`The acceptance by @${note.by} ${day(note.at)} at `) + ink.code(note.headSha.slice(0, 7)) +
        ink.text(' stays on record: this run could not be judged, so it neither uses nor changes it.');
    case 'denied':
      return ink.text(`@${note.by} added the acceptance label, but ${note.why}: nothing was accepted.`);
    case 'withdrawn':
      return ink.text(`The acceptance was withdrawn${note.by ? ` by @${note.by}` : ''}: the acceptance label was removed.`);
    case 'not-recorded':
      return ink.text('The label ') + ink.code(note.label) + ink.text(' is on, but no acceptance is on record (it was added when there was nothing to accept): remove it and add it again to accept this run’s changes.');
    case 'nothing-to-accept':
      return ink.text(`@${note.by} added the acceptance label, but nothing was accepted: ${note.why}.`);
  }
}

function staleLine(s: StaleExpectation, ink: Ink, configPath: string): string {
  const what = [s.endpoint ? ink.code(s.endpoint) : '', ink.text(s.change), s.place ? ink.code(s.place) : ''].filter(Boolean).join(ink.text(' '));
  const where = `${configPath}${s.line ? `:${s.line}` : ''}`;
  return `${ink.code(`expect[${s.index}]`)}${ink.text(' (')}${what}${ink.text(') in ')}${ink.code(where)}${ink.text(' matches no change of this run: the change it documents is not there (any more); remove the entry once the change has shipped.')}`;
}

function listed(lines: string[], ink: Ink): string[] {
  return lines.length > MAX_LISTED ? [...lines.slice(0, MAX_LISTED), ink.text(`and ${lines.length - MAX_LISTED} more in the JSON results`)] : lines;
}

function day(iso: string): string {
  return `on ${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
