import type { RuleBook } from './config/rule-book.js';
import { describeIssue, errorResults, type GateOptions, type GateResults, type Reference } from './gate.js';
import { type HealthCounters, TargetHealth } from './replay/health.js';
import { causesOf } from './score/causes.js';
import { reviewExpectations } from './review/expectations.js';
import { judge } from './score/judge.js';
import { DEFAULT_LATENCY_RULE, type LatencyRule } from './score/latency.js';
import { suggestRules } from './score/suggest.js';
import { emptyTally, mergeTallies, type Tally } from './score/tally.js';
import { withoutUserinfo } from './secrets/url-credentials.js';
import { type Shard, shardName } from './shard.js';
import { emptySelectionCounts, type SelectionCounts } from './select/types.js';
import type { DecodeIssue } from './snapshot/types.js';
import { packageVersion } from './version.js';
import { decide, type FailOn } from './verdict/verdict.js';

export const PARTIAL_VERSION = 1;

/** What every shard of one run must share: the same bytes, seed, rules and gate. */
export interface RunPins {
  /** The resolved snapshot: its S3 objects with their ETags, or its files with their SHA-256. */
  snapshot: { name: string; objects: { key: string; etag: string }[] };
  seed: number;
  /** SHA-256 of the rules file as parsed; `defaults` without one. */
  rulesHash: string;
  gateVersion: string;
}

/** One shard's result before judging: plain JSON, versioned, masked like results. */
export interface GatePartial {
  kind: 'replay-gate-partial';
  version: typeof PARTIAL_VERSION;
  shard: Shard;
  pins: RunPins;
  tally: Tally;
  /** Why the shard could not judge, in one line (as a results reason); absent when it could. */
  error?: string;
  /** The run was cancelled before it judged every request of the shard. */
  cancelled?: boolean;
  target: string;
  reference: Reference;
  failOn: FailOn;
  /** The latency rule the shard ran with (pinned with the rules hash). */
  latency: LatencyRule;
  /**
   * What the snapshot's first read counted: the same in every shard (each reads all of it), so
   * the merge takes it once, and a difference is a pin mismatch.
   */
  selection: {
    counts: SelectionCounts;
    decodeErrors: number;
    decodeIssues: DecodeIssue[];
    unsendable: number;
    unsendableIssues: DecodeIssue[];
  };
  /** Requests of this shard replayed and judged. */
  judged: number;
  /** Each side's health counters: the merge judges them over all shards together. */
  health: { side: 'target' | 'baseline'; origin: string; counters: HealthCounters }[];
  startedAt: string;
  finishedAt: string;
}

export function emptyPartial(options: Pick<GateOptions, 'snapshot' | 'targetUrl' | 'baselineUrl' | 'failOn' | 'seed' | 'rules'>, shard: Shard): GatePartial {
  const now = new Date().toISOString();
  return {
    kind: 'replay-gate-partial', version: PARTIAL_VERSION, shard: { index: shard.index, count: shard.count },
    pins: { snapshot: { name: options.snapshot, objects: [] }, seed: options.seed ?? 0, rulesHash: options.rules?.hash ?? 'defaults', gateVersion: packageVersion() },
    tally: emptyTally(options.seed ?? 0),
    target: withoutUserinfo(options.targetUrl),
    reference: options.baselineUrl ? { kind: 'baseline', url: withoutUserinfo(options.baselineUrl) } : { kind: 'recording' },
    failOn: options.failOn,
    latency: options.rules?.latency ?? DEFAULT_LATENCY_RULE,
    selection: { counts: emptySelectionCounts(), decodeErrors: 0, decodeIssues: [], unsendable: 0, unsendableIssues: [] },
    judged: 0, health: [], startedAt: now, finishedAt: now,
  };
}

export interface JudgeOptions {
  /** Absent: the shards' own. */
  failOn?: FailOn;
  /** The merge job's rules: must be those the shards ran with (their hash); their latency rule judges. */
  rules?: RuleBook;
}

/**
 * Judges the partials of one run: all its shards, merged, judged as one unsharded run of the
 * same snapshot is. Pure. Refuses with verdict `error` and a one-line reason naming the shards:
 * partials that disagree on their pins, a shard missing or given twice, different shard counts,
 * a shard that could not judge.
 */
export function judgePartials(partials: readonly GatePartial[], options: JudgeOptions = {}): GateResults {
  const first = partials[0];
  if (!first) return errorResults({ snapshot: '', targetUrl: '', failOn: options.failOn ?? 'breaking' }, 'cannot judge: no shard results to merge');
  const failOn = options.failOn ?? first.failOn;
  const results = errorResults({ snapshot: first.pins.snapshot.name, targetUrl: first.target, failOn }, '');
  results.reference = first.reference;
  results.startedAt = partials.map((p) => p.startedAt).sort()[0]!;
  results.finishedAt = partials.map((p) => p.finishedAt).sort().at(-1)!;
  const { selection } = first;
  Object.assign(results.snapshot, selection.counts, { decodeErrors: selection.decodeErrors, decodeIssues: selection.decodeIssues, unsendableIssues: selection.unsendableIssues });
  const unsplit = misshapen(partials);
  if (unsplit) {
    results.reason = `cannot judge: ${unsplit}`;
    return results;
  }
  const cancelled = partials.some((p) => p.cancelled);
  const failed = partials.filter((p) => p.error !== undefined);
  // A shard that could not judge first: its pins may be unfinished (a snapshot it never resolved).
  if (failed.length > 0) {
    const one = failed[0]!;
    // One shard of one is an unsharded run: its reason as it is.
    results.reason = first.shard.count === 1 ? one.error! : `shard ${names(failed)} could not judge: ${one.error!.replace(/^cannot judge: /, '')}`;
    if (cancelled) results.cancelled = true;
    return results;
  }
  const mismatch = disagreement(partials, options);
  if (mismatch) {
    results.reason = `cannot judge: ${mismatch}`;
    return results;
  }
  // Health over all shards together: one shard's share may be too few asks for rates to say anything.
  if (!cancelled) {
    for (const side of ['target', 'baseline'] as const) {
      const counters = partials.flatMap((p) => p.health.filter((h) => h.side === side));
      if (counters.length === 0) continue;
      const health = TargetHealth.merged(counters.map((h) => h.counters));
      if (health.cannotJudge) {
        results.reason = `cannot judge: ${health.describe(`${side} ${counters[0]!.origin}`)}`;
        return results;
      }
    }
  }
  const tally = partials.length === 1 ? first.tally : mergeTallies(partials.map((p) => p.tally));
  const board = judge(tally, { latency: options.rules?.latency ?? first.latency });
  Object.assign(results, { score: board.score, totals: board.totals, endpoints: board.endpoints, causes: causesOf(board.endpoints) }, decide(board, failOn));
  const suggested = suggestRules(board.endpoints);
  if (suggested) results.suggestedRules = suggested;
  const { counts } = selection;
  if (counts.selected === 0) results.reason = `cannot judge: ${emptySelectionReason(selection)}`;
  Object.assign(results, reviewExpectations(results, options.rules?.expect ?? []));
  // A part of the traffic never judges the whole of it: never a pass, and what it saw is said.
  const judged = partials.reduce((total, p) => total + p.judged, 0);
  if (cancelled && judged < counts.selected) {
    const sofar = results.verdict === 'error' ? '' : `; so far ${results.reason}`;
    Object.assign(results, { verdict: 'error', reason: `cancelled after ${judged} of ${counts.selected} requests${sofar}`, cancelled: true });
  }
  return results;
}

/** Why partials are not the n shards of one split, or undefined when they are. */
function misshapen(partials: readonly GatePartial[]): string | undefined {
  const count = partials[0]!.shard.count;
  const counts = new Set(partials.map((p) => p.shard.count));
  if (counts.size > 1) return `the shards were split different ways: ${[...new Set(partials.map((p) => shardName(p.shard)))].join(', ')}`;
  const seen = new Map<number, number>();
  for (const p of partials) seen.set(p.shard.index, (seen.get(p.shard.index) ?? 0) + 1);
  const twice = [...seen].filter(([, n]) => n > 1).map(([index]) => `${index}/${count}`);
  if (twice.length > 0) return `shard ${twice.join(', ')} given more than once`;
  const missing: string[] = [];
  for (let index = 1; index <= count; index++) if (!seen.has(index)) missing.push(`${index}/${count}`);
  if (missing.length > 0) return `shard ${shortList(missing)} ${missing.length === 1 ? 'is' : 'are'} missing`;
  return undefined;
}

/** Which shards disagree with shard 1 on their pins, and on what; undefined when none does. */
function disagreement(partials: readonly GatePartial[], options: JudgeOptions): string | undefined {
  const reference = partials.find((p) => p.shard.index === 1)!;
  for (const [what, of] of PINNED) {
    const odd = partials.filter((p) => of(p) !== of(reference));
    if (odd.length > 0) return `shard ${names(odd)} ${odd.length === 1 ? 'disagrees' : 'disagree'} with shard ${shardName(reference.shard)} on ${what}`;
  }
  if (options.rules && (options.rules.hash ?? 'defaults') !== reference.pins.rulesHash) return 'the merge job\'s rules file differs from the one the shards ran with';
  return undefined;
}

const PINNED: [string, (p: GatePartial) => string][] = [
  ['the gate version', (p) => p.pins.gateVersion],
  ['the snapshot (a different object or ETag: did a newer one arrive under the prefix?)', (p) => JSON.stringify(p.pins.snapshot)],
  ['the seed', (p) => String(p.pins.seed)],
  ['the rules (their hash)', (p) => p.pins.rulesHash + JSON.stringify(p.latency)],
  ['the target or reference', (p) => JSON.stringify([p.target, p.reference])],
  ['what the snapshot held (selection counts, decode issues)', (p) => JSON.stringify(p.selection)],
  ['the tally version', (p) => `${p.tally.kind} ${p.tally.version} ${p.tally.seed}`],
];

function names(partials: readonly GatePartial[]): string {
  return shortList([...partials].sort((a, b) => a.shard.index - b.shard.index).map((p) => shardName(p.shard)));
}

function shortList(items: readonly string[]): string {
  return items.length > 5 ? `${items.slice(0, 5).join(', ')} and ${items.length - 5} more` : items.join(', ');
}

function emptySelectionReason(selection: GatePartial['selection']): string {
  const { counts, decodeErrors, decodeIssues, unsendable, unsendableIssues } = selection;
  if (counts.read === 0 && decodeErrors > 0) {
    return `no exchange in the snapshot could be decoded (${decodeErrors} bad entries; first: ${describeIssue(decodeIssues[0]!)})`;
  }
  if (counts.read === 0) return 'the snapshot holds no exchanges';
  const excluded = counts.skipped.excluded ? `, ${counts.skipped.excluded} are excluded by the select paths of the rules file` : '';
  const unsent = unsendable ? `, ${unsendable} cannot be sent as recorded (first: ${describeIssue(unsendableIssues[0]!)})` : '';
  return `none of the ${counts.read} exchanges may be replayed: ${counts.skipped.method} use methods outside the methods input${excluded}${unsent}`;
}
