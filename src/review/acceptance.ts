import type { GateResults } from '../gate.js';
import { fingerprintOf } from './fingerprint.js';
import { judgeReview } from './judge.js';
import type { Acceptance, AcceptanceNote, AcceptedUnit, Review } from './types.js';

/** At most this many causes are accepted by one label: past it, the rules file's `expect:` says it better. */
export const MAX_ACCEPTED_UNITS = 100;

/** What the workflow's event says about the acceptance label (see github/review-event.ts). */
export interface LabelEvent {
  /** `labeled`, `unlabeled`, `synchronize`, ...; for workflow_run, what the issue events show. */
  action: string;
  /** The label added or removed, for `labeled`/`unlabeled`. */
  label?: string;
  /** Who added or removed it. */
  sender?: string;
  /** The pull request's labels now. */
  labels: readonly string[];
}

/** What GitHub said of the sender's permission on the repository. */
export type PermissionAnswer = { allowed: boolean; level: string } | { failed: string };

export interface AcceptanceInput {
  /** Results already reviewed against the rules file (review/expectations.ts). */
  results: GateResults;
  acceptLabel: string;
  event: LabelEvent;
  /** The acceptance recorded in the gate's own previous comment, if any. */
  previous?: Acceptance;
  /** Asked only when the event is the label being added (see acceptanceRequest). */
  permission?: PermissionAnswer;
  headSha: string;
  /** When this run accepts, as an ISO time. */
  now: string;
}

/** Who asks for an acceptance on this event: the sender, when the event adds the acceptance label. */
export function acceptanceRequest(event: LabelEvent, acceptLabel: string): string | undefined {
  return acceptLabel && event.action === 'labeled' && event.label === acceptLabel && event.sender ? event.sender : undefined;
}

/**
 * The review once the acceptance label is counted. Adding the label, by someone with write,
 * maintain or admin permission, accepts this run's causes when the gate fails on them (a pass has
 * nothing to accept, an error was never judged); anyone else gets a note and nothing is recorded.
 * While the label stays on, the acceptance on record covers the causes it named and nothing
 * else: every other cause is new. Removing the label withdraws it. A pure function: the GitHub
 * side (github/review-on-github.ts) only gathers its input.
 */
export function reviewAcceptance(input: AcceptanceInput): Pick<GateResults, 'verdict' | 'reason' | 'review'> {
  const { results, acceptLabel, event } = input;
  if (!acceptLabel) return { verdict: results.verdict, reason: results.reason, ...(results.review ? { review: results.review } : {}) };
  // A run that stopped before judging has no review of its own; the acceptance still carries over it.
  const base: Review = results.review ?? { fingerprint: fingerprintOf([]), units: [], stale: [], judged: { verdict: results.verdict, reason: results.reason } };
  const review: Review = { ...base, units: base.units.map((u) => ({ ...u })) };
  delete review.acceptance;
  delete review.note;
  delete review.gone;
  const requester = acceptanceRequest(event, acceptLabel);
  let acceptance: Acceptance | undefined;
  let note: AcceptanceNote | undefined;
  if (requester) {
    const refusal = whyNot(results, review, input.permission);
    if (refusal) {
      // A refused request never undoes an acceptance on record (a re-run of an old labeled event).
      acceptance = input.previous;
      note = refusal.kind === 'denied' ? { kind: 'denied', by: requester, why: refusal.why }
        : acceptance && results.verdict === 'error' ? { kind: 'kept', by: acceptance.by, at: acceptance.at, headSha: acceptance.headSha }
        : { kind: 'nothing-to-accept', by: requester, why: refusal.why };
    } else {
      acceptance = acceptanceOf(review, requester, input.now, input.headSha);
      note = { kind: 'accepted', by: requester, at: input.now, headSha: input.headSha, now: true };
    }
  } else if (event.action === 'unlabeled' && event.label === acceptLabel) {
    if (input.previous) note = event.sender ? { kind: 'withdrawn', by: event.sender } : { kind: 'withdrawn' };
  } else if (event.labels.includes(acceptLabel)) {
    acceptance = input.previous;
    note = !acceptance ? { kind: 'not-recorded', label: acceptLabel }
      : results.verdict === 'error' ? { kind: 'kept', by: acceptance.by, at: acceptance.at, headSha: acceptance.headSha }
      : { kind: 'accepted', by: acceptance.by, at: acceptance.at, headSha: acceptance.headSha, now: false };
  } else if (input.previous) note = { kind: 'withdrawn' };

  if (note) review.note = note;
  if (acceptance) {
    review.acceptance = acceptance;
    const keys = new Set(acceptance.keys);
    for (const unit of review.units) if (unit.state !== 'expected') unit.state = keys.has(unit.key) ? 'accepted' : 'new';
    const now = new Set(review.units.map((u) => u.key));
    const gone = acceptance.units.filter((u) => !now.has(u.key));
    if (gone.length > 0) review.gone = gone;
  }
  return { ...judgeReview(results, review), review };
}

function whyNot(results: GateResults, review: Review, permission: PermissionAnswer | undefined): { kind: 'denied' | 'nothing'; why: string } | undefined {
  if (results.verdict === 'error') return { kind: 'nothing', why: `the gate could not judge this run (${results.reason}); a run that was not judged cannot be accepted` };
  if (results.verdict === 'pass') return { kind: 'nothing', why: 'the gate passes: there is nothing to accept' };
  if (!permission) return { kind: 'denied', why: 'their permission on the repository could not be checked' };
  if ('failed' in permission) return { kind: 'denied', why: `their permission on the repository could not be checked (${permission.failed})` };
  if (!permission.allowed) return { kind: 'denied', why: `accepting needs write, maintain or admin permission on the repository; they have ${permission.level}` };
  const open = review.units.filter((u) => u.state !== 'expected');
  if (open.length > MAX_ACCEPTED_UNITS) {
    return { kind: 'nothing', why: `${open.length} causes are more than one label accepts (${MAX_ACCEPTED_UNITS}); list the intended ones under expect: in the rules file` };
  }
  return undefined;
}

function acceptanceOf(review: Review, by: string, at: string, headSha: string): Acceptance {
  // Described for the reports of later runs, clipped: the comment that records them has a size limit.
  const units: AcceptedUnit[] = review.units.filter((u) => u.state !== 'expected').map(({ key, endpoint, kind, pattern, from, to }) => ({
    key, endpoint: clip(endpoint, 100), kind, pattern: clip(pattern, 100),
    ...(from !== undefined ? { from: clip(from, 60) } : {}), ...(to !== undefined ? { to: clip(to, 60) } : {}),
  }));
  return { fingerprint: review.fingerprint, keys: [...new Set(units.map((u) => u.key))].sort(), units, by, at, headSha };
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
