import { compareOutcome } from './compare/compare-exchange.js';
import { EMPTY_RULE_BOOK, type RuleBook } from './config/rule-book.js';
import { GateError, messageOf } from './errors.js';
import { replay } from './replay/replay.js';
import { Target } from './replay/target.js';
import { selectExchanges } from './select/select.js';
import { emptySelectionCounts, type SelectionCounts } from './select/types.js';
import { Scorer } from './score/score.js';
import type { EndpointStats, Totals } from './score/types.js';
import { readExchanges } from './snapshot/read.js';
import { resolveSnapshot } from './snapshot/source.js';
import type { S3Settings } from './snapshot/s3.js';
import { DecodeIssues, type DecodeIssue, type HeaderMap } from './snapshot/types.js';
import { decide, type FailOn, type VerdictName } from './verdict/verdict.js';

/** Everything the engine needs, whether it runs as the action, the CLI or a test. */
export interface GateOptions {
  snapshot: string;
  targetUrl: string;
  failOn: FailOn;
  maxRequests: number;
  concurrency: number;
  rateLimit: number;
  timeoutMs: number;
  methods: ReadonlySet<string>;
  /** Added to every replayed request; values are secrets and never reported. */
  headers: HeaderMap;
  s3: S3Settings;
  workspace: string;
  seed: number;
  /** The compiled rules file; defaults when absent. */
  rules?: RuleBook;
  maxBodyBytes?: number;
}

export interface GateHooks {
  log?: (line: string) => void;
}

/** The full results: what reports render and what `report-path` holds. */
export interface GateResults {
  version: 1;
  verdict: VerdictName;
  reason: string;
  failOn: FailOn;
  target: string;
  snapshot: {
    name: string;
    decodeErrors: number;
    /** The first decode issues, with their position. */
    decodeIssues: DecodeIssue[];
  } & SelectionCounts;
  score: number;
  totals: Totals;
  endpoints: EndpointStats[];
  startedAt: string;
  finishedAt: string;
}

const EMPTY_TOTALS: Totals = {
  endpoints: 0, endpointsDiffering: 0, endpointsBreaking: 0, requests: 0, compared: 0,
  differing: 0, breaking: 0, changed: 0, info: 0, noiseCancelled: 0,
};

/**
 * Runs the pipeline: snapshot → decode → select → replay → compare → score → verdict.
 * Anything that stops the gate from judging becomes verdict `error` with a one-line reason;
 * whatever was counted up to then stays in the results.
 */
export async function runGate(options: GateOptions, hooks: GateHooks = {}): Promise<GateResults> {
  const log = hooks.log ?? (() => {});
  const startedAt = new Date().toISOString();
  const issues = new DecodeIssues();
  const counts = emptySelectionCounts();
  const results: GateResults = {
    version: 1, verdict: 'error', reason: '', failOn: options.failOn, target: options.targetUrl,
    snapshot: { name: options.snapshot, decodeErrors: 0, decodeIssues: [], ...counts },
    score: 0, totals: EMPTY_TOTALS, endpoints: [], startedAt, finishedAt: startedAt,
  };
  const rules = options.rules ?? EMPTY_RULE_BOOK;
  let target: Target | undefined;
  try {
    target = new Target(options.targetUrl, {
      concurrency: options.concurrency,
      rateLimit: options.rateLimit,
      timeoutMs: options.timeoutMs,
      maxBodyBytes: options.maxBodyBytes ?? 10 * 1024 * 1024,
    });
    const source = await resolveSnapshot(options.snapshot, { s3: options.s3, workspace: options.workspace });
    results.snapshot.name = source.name;
    log(`Reading snapshot ${source.name}`);
    const selection = await selectExchanges(
      readExchanges(source, issues),
      { methods: options.methods, maxRequests: options.maxRequests, seed: options.seed, routes: rules.routes },
      counts,
    );
    log(`Selected ${counts.selected} of ${counts.read} exchanges across ${counts.endpoints} endpoints`);
    if (issues.count > 0) log(`${issues.count} snapshot entries could not be decoded; first: ${describeIssue(issues.kept[0]!)}`);

    const scorer = new Scorer();
    let lastProgress = 0;
    const outcomes = replay(selection, {
      candidate: target,
      concurrency: options.concurrency,
      extraHeaders: options.headers,
      onProgress: (done, total, failures) => {
        const now = Date.now();
        if (done === total || now - lastProgress > 5000) {
          lastProgress = now;
          log(`Replayed ${done}/${total} requests (${failures} transport failures)`);
        }
      },
    });
    for await (const outcome of outcomes) scorer.add(compareOutcome(outcome, rules.rulesFor(outcome.selected.endpoint)));
    const board = scorer.finish();
    Object.assign(results, { score: board.score, totals: board.totals, endpoints: board.endpoints }, decide(board, options.failOn));
    if (counts.selected === 0) results.reason = `cannot judge: ${emptySelectionReason(counts, issues)}`;
  } catch (error) {
    if (!(error instanceof GateError)) throw error;
    results.verdict = 'error';
    results.reason = `cannot judge: ${messageOf(error)}`;
  } finally {
    await target?.close();
    Object.assign(results.snapshot, counts, { decodeErrors: issues.count, decodeIssues: issues.kept });
    results.finishedAt = new Date().toISOString();
  }
  return results;
}

function emptySelectionReason(counts: SelectionCounts, issues: DecodeIssues): string {
  if (counts.read === 0 && issues.count > 0) {
    return `no exchange in the snapshot could be decoded (${issues.count} bad entries; first: ${describeIssue(issues.kept[0]!)})`;
  }
  if (counts.read === 0) return 'the snapshot holds no exchanges';
  return `none of the ${counts.read} exchanges may be replayed: ${counts.skipped.method} use methods outside the methods input`;
}

export function describeIssue(issue: DecodeIssue): string {
  return `${issue.source} ${issue.position}: ${issue.message}`;
}
