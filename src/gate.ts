import { MAX_BODY_BYTES } from './body/digest.js';
import { AdaptiveAsking } from './compare/adaptive-asking.js';
import type { CompareContext } from './compare/compare-exchange.js';
import { OriginSet } from './compare/origins.js';
import { Redactor } from './compare/redact.js';
import { EMPTY_RULE_BOOK, type RuleBook } from './config/rule-book.js';
import { CancelledError, GateError, InputError, messageOf } from './errors.js';
import { ProgressLog } from './replay/progress.js';
import { replay, type ReplayProgress, requestBuilder } from './replay/replay.js';
import { whyUnsendable } from './replay/sendable.js';
import { describeThrottling, Target } from './replay/target.js';
import { waitForTarget } from './replay/wait-for.js';
import { seedOf } from './select/hash.js';
import { SecretMasker } from './secrets/secret-masker.js';
import { withoutUserinfo } from './secrets/url-credentials.js';
import { chosenExchanges, mayBeChosen, planSelection } from './select/select.js';
import { emptySelectionCounts, type SelectedExchange, type SelectionCounts } from './select/types.js';
import type { Cause } from './score/causes.js';
import { emptyTally, TallyBuilder } from './score/tally.js';
import type { EndpointStats, Totals } from './score/types.js';
import type { TargetHealth } from './replay/health.js';
import { emptyPartial, type GatePartial, judgePartials } from './partial.js';
import { type Shard, shardName, shardOf } from './shard.js';
import { readExchanges } from './snapshot/read.js';
import { resolveSnapshot } from './snapshot/source.js';
import { spillRemoteParts } from './snapshot/spill.js';
import type { S3Settings } from './snapshot/s3-settings.js';
import { DecodeIssues, type DecodeIssue, type Exchange, type HeaderMap } from './snapshot/types.js';
import type { FailOn, VerdictName } from './verdict/verdict.js';
import type { Review } from './review/types.js';

/** Everything the engine needs, whether it runs as the action, the CLI or a test. */
export interface GateOptions {
  snapshot: string;
  targetUrl: string;
  /** A known-good deployment; enables noise calibration on live answers and drift detection. */
  baselineUrl?: string;
  failOn: FailOn;
  maxRequests: number;
  concurrency: number;
  rateLimit: number;
  timeoutMs: number;
  methods: ReadonlySet<string>;
  /** Added to every replayed request; values are secrets and never reported. */
  headers: HeaderMap;
  /** A path polled on each target until it answers 2xx, before the replay starts. */
  waitFor?: string;
  /** How long to poll `waitFor`; 300 s when absent. */
  waitTimeoutMs?: number;
  s3: S3Settings;
  workspace: string;
  /** Sampling seed; absent, derived from the resolved snapshot name (select/hash.ts seedOf). */
  seed?: number;
  /** The compiled rules file; defaults when absent. */
  rules?: RuleBook;
  maxBodyBytes?: number;
}

export interface GateHooks {
  log?: (line: string) => void;
  /** Called as each exchange finishes (the CLI draws a bar); without it, a log line every few seconds. */
  progress?: (progress: ReplayProgress) => void;
  /**
   * Aborted when the run is cancelled: nothing more is sent, requests in flight are cut off, and
   * the results judge what had come back, with verdict `error` and `cancelled` set.
   */
  signal?: AbortSignal;
}

/** The full results: what reports render and what `report-path` holds. */
export interface GateResults {
  version: 1;
  verdict: VerdictName;
  reason: string;
  failOn: FailOn;
  target: string;
  /** What the candidate was compared with: the baseline (its URL without credentials), else the recording. */
  reference?: Reference;
  snapshot: {
    name: string;
    decodeErrors: number;
    /** The first decode issues, with their position. */
    decodeIssues: DecodeIssue[];
    /**
     * The first recorded requests that could not be sent as recorded (counted in
     * `skipped.unsendable`), with their position and why. Optional so older results still read.
     */
    unsendableIssues?: DecodeIssue[];
  } & SelectionCounts;
  score: number;
  totals: Totals;
  endpoints: EndpointStats[];
  /** What changed, across endpoints, worst first (see score/causes.ts): what the reports lead with. */
  causes?: Cause[];
  /** A hash of the run's causes (see review/fingerprint.ts); what an acceptance is bound to. */
  fingerprint?: string;
  /** Expected, accepted and new causes, stale expectations (see review/). */
  review?: Review;
  /** Noisy places as a rules-file snippet, ready to paste. */
  suggestedRules?: string;
  /** Set when the run was cancelled before it judged every selected request. */
  cancelled?: boolean;
  startedAt: string;
  finishedAt: string;
}

export type Reference = { kind: 'baseline'; url: string } | { kind: 'recording' };

/**
 * Runs the pipeline: snapshot → decode → select → replay → compare → score → verdict.
 * Anything that stops the gate from judging becomes verdict `error` with a one-line reason;
 * whatever was counted up to then stays in the results. An unsharded run is one shard of one:
 * its tally judged alone (partial.ts).
 */
export async function runGate(options: GateOptions, hooks: GateHooks = {}): Promise<GateResults> {
  const { partial, secrets } = await tallyRun(options, hooks);
  // Judged before masking, as it always was; the results are masked like the partial.
  return secrets.maskDeep(judgePartials([partial], { failOn: options.failOn, ...(options.rules ? { rules: options.rules } : {}) }));
}

/**
 * The run up to its tally: what a shard does (shard.ts). Every shard reads the whole snapshot and
 * selects exactly what an unsharded run selects, then replays the exchanges whose id hash falls in
 * its shard, each at its share of the rate limit. The partial is masked like results.
 */
export async function tallyGate(options: GateOptions & { shard?: Shard }, hooks: GateHooks = {}): Promise<GatePartial> {
  const { partial, secrets } = await tallyRun(options, hooks);
  return secrets.maskDeep(partial);
}

async function tallyRun(options: GateOptions & { shard?: Shard }, hooks: GateHooks): Promise<{ partial: GatePartial; secrets: SecretMasker }> {
  const rules = options.rules ?? EMPTY_RULE_BOOK;
  const shard = options.shard ?? { index: 1, count: 1 };
  const sharded = shard.count > 1;
  // The values the gate adds to requests are secrets: masked in every log line and, once the
  // results are finished, in every string of them, wherever a preview echoed them back.
  const secrets = new SecretMasker([...Object.values(options.headers), ...rules.requestHeaderValues]);
  const log = hooks.log ? (line: string) => hooks.log!(secrets.mask(line)) : () => {};
  const issues = new DecodeIssues();
  const unsendable = new DecodeIssues();
  const counts = emptySelectionCounts();
  const partial = emptyPartial(options, shard);
  const targets: Target[] = [];
  const healths: { side: 'target' | 'baseline'; origin: string; health: TargetHealth }[] = [];
  const { signal } = hooks;
  const abortTargets = () => {
    for (const t of targets) t.abort().catch(() => {});
  };
  signal?.addEventListener('abort', abortTargets, { once: true });
  let disposeSpill = async () => {};
  let tally: TallyBuilder | undefined;
  try {
    const badHeaders = whyUnsendable({ method: 'GET', path: '/', headers: options.headers });
    if (badHeaders) throw new InputError(`input "headers": ${badHeaders}`);
    const badWait = options.waitFor && whyUnsendable({ method: 'GET', path: options.waitFor, headers: {} });
    if (badWait) throw new InputError(`input "wait-for": ${badWait}`);
    const targetOptions = {
      concurrency: options.concurrency,
      // `rate-limit` is the whole run's: n shards never load a preview n times harder than one.
      rateLimit: options.rateLimit / shard.count,
      timeoutMs: options.timeoutMs,
      maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES,
    };
    const target = new Target(options.targetUrl, targetOptions);
    targets.push(target);
    const baseline = options.baselineUrl ? new Target(options.baselineUrl, targetOptions) : undefined;
    if (baseline) targets.push(baseline);
    const redactor = new Redactor(rules.redact, { credentials: rules.credentials, secrets });
    // The deployments name themselves in links: their origins (and the recording's) are one.
    const origins = new OriginSet([options.targetUrl, ...(options.baselineUrl ? [options.baselineUrl] : [])]);
    const contextFor = (endpoint: string): CompareContext => ({ rules: rules.rulesFor(endpoint), redactor, origins });
    const resolved = await untilCancelled(resolveSnapshot(options.snapshot, { s3: options.s3, workspace: options.workspace }), signal);
    // The selection reads the snapshot twice; an S3 object is downloaded once (snapshot/spill.ts).
    const source = await spillRemoteParts(resolved);
    disposeSpill = source.dispose;
    partial.pins.snapshot.name = source.name;
    const seed = options.seed ?? seedOf(source.name);
    partial.pins.seed = seed;
    partial.tally = emptyTally(seed);
    log(`Reading snapshot ${source.name} (sampling seed ${seed})${sharded ? `, shard ${shardName(shard)}` : ''}`);
    const requestRules = { extraHeaders: options.headers, routeHeaders: rules.requestHeaders, credentials: rules.credentials };
    // Judged on the request as the replay will build it: what is dropped or added there counts.
    const requestFor = requestBuilder(requestRules);
    const why = (exchange: Exchange, endpoint: string) => whyUnsendable(requestFor(exchange, endpoint, target.basePath));
    // The first read of the snapshot fixes what is replayed and holds only ranks; the second
    // (below) streams the chosen exchanges into the replay (select/select.ts).
    const plan = await untilCancelled(planSelection(
      readExchanges(source, issues),
      {
        methods: options.methods, maxRequests: options.maxRequests, seed, routes: rules.routes,
        unsendable: { why, issues: unsendable }, ...(rules.select ? { filter: rules.select } : {}),
      },
      counts,
    ), signal);
    // What the first read saw: the ETags of the S3 objects as downloaded, the files' hashes.
    if (options.shard) partial.pins.snapshot.objects = await Promise.all(source.parts.map(async (part) => ({ key: part.name, etag: (await part.pin?.()) ?? '' })));
    log(`Selected ${counts.selected} of ${counts.read} exchanges across ${counts.endpoints} endpoints`);
    if (issues.count > 0) log(`${issues.count} snapshot entries could not be decoded; first: ${describeIssue(issues.kept[0]!)}`);
    if (unsendable.count > 0) log(`${unsendable.count} recorded requests cannot be sent as recorded and were skipped; first: ${describeIssue(unsendable.kept[0]!)}`);
    // After the snapshot is read, so a missing snapshot fails at once rather than after the wait.
    if (options.waitFor && plan.selected > 0) {
      const wait = { path: options.waitFor, timeoutMs: options.waitTimeoutMs ?? 300_000, headers: options.headers, log };
      await untilCancelled(Promise.all([waitForTarget(target, 'target', wait), baseline && waitForTarget(baseline, 'baseline', wait)]), signal);
    }

    tally = new TallyBuilder(seed);
    const asking = new AdaptiveAsking(contextFor);
    const progressLog = new ProgressLog(log);
    // Decode issues and unsendable requests were counted on the first read; the second repeats them.
    const chosen = chosenExchanges(readExchanges(source, new DecodeIssues(0), { wanted: mayBeChosen(plan) }), plan);
    const selection = sharded ? inShard(chosen, seed, shard) : chosen;
    const outcomes = replay(selection, {
      // A shard's share, for progress only: the hash spreads ids evenly, so n-th of the selection
      // is close (counting it exactly would take a third read of the snapshot).
      total: sharded ? Math.round(plan.selected / shard.count) : plan.selected,
      candidate: target,
      ...(baseline ? { baseline } : {}),
      asking,
      concurrency: options.concurrency,
      ...requestRules,
      onProgress: (reported) => {
        // An estimate can be passed: the bar must not say 104%.
        const progress = sharded ? { ...reported, total: Math.max(reported.total, reported.done) } : reported;
        if (hooks.progress) hooks.progress(progress);
        else progressLog.update(progress);
      },
      onHealth: (side, health) => healths.push({ side, origin: (side === 'target' ? target : baseline!).origin, health }),
      ...(sharded ? { deferHealth: true } : {}),
      ...(signal ? { signal } : {}),
    });
    for await (const outcome of outcomes) {
      tally.add(asking.compare(outcome));
      partial.judged++;
    }
    for (const t of targets) if (t.counters.throttled > 0) log(describeThrottling(t));
    if (signal?.aborted) partial.cancelled = true;
  } catch (error) {
    if (!(error instanceof GateError)) throw error;
    partial.error = error instanceof CancelledError ? messageOf(error) : `cannot judge: ${messageOf(error)}`;
    if (error instanceof CancelledError) partial.cancelled = true;
  } finally {
    signal?.removeEventListener('abort', abortTargets);
    await Promise.all([...targets.map((t) => t.close()), disposeSpill()]);
    if (tally) partial.tally = tally.value();
    partial.health = healths.map(({ side, origin, health }) => ({ side, origin, counters: health.counters() }));
    partial.selection = {
      counts, decodeErrors: issues.count, decodeIssues: issues.kept, unsendable: unsendable.count, unsendableIssues: unsendable.kept,
    };
    partial.finishedAt = new Date().toISOString();
  }
  return { partial, secrets };
}

/** The exchanges of one shard, in the order chosen. */
async function* inShard(chosen: AsyncIterable<SelectedExchange>, seed: number, shard: Shard): AsyncGenerator<SelectedExchange> {
  for await (const selected of chosen) if (shardOf(selected.exchange.id, seed, shard.count) === shard.index) yield selected;
}

export const EMPTY_TOTALS: Totals = {
  endpoints: 0, endpointsDiffering: 0, endpointsBreaking: 0, requests: 0, compared: 0,
  differing: 0, breaking: 0, changed: 0, info: 0, noiseCancelled: 0,
};

/** Results of a gate that judged nothing (yet): verdict `error` with `reason`, every count zero. */
export function errorResults(options: Pick<GateOptions, 'snapshot' | 'targetUrl' | 'failOn' | 'baselineUrl'>, reason: string): GateResults {
  const now = new Date().toISOString();
  return {
    version: 1, verdict: 'error', reason, failOn: options.failOn, target: withoutUserinfo(options.targetUrl),
    reference: options.baselineUrl ? { kind: 'baseline', url: withoutUserinfo(options.baselineUrl) } : { kind: 'recording' },
    snapshot: { name: options.snapshot, decodeErrors: 0, decodeIssues: [], unsendableIssues: [], ...emptySelectionCounts() },
    score: 0, totals: { ...EMPTY_TOTALS }, endpoints: [], startedAt: now, finishedAt: now,
  };
}

/** Settles with `work`, or rejects with CancelledError as soon as `signal` is aborted; `work` is then left behind. */
function untilCancelled<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  work.catch(() => {}); // left behind, its failure is nobody's
  return new Promise<T>((resolve, reject) => {
    const cancel = () => reject(new CancelledError('cancelled before any request was replayed'));
    if (signal.aborted) return cancel();
    signal.addEventListener('abort', cancel, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', cancel));
  });
}

export function describeIssue(issue: DecodeIssue): string {
  return `${issue.source} ${issue.position}: ${issue.message}`;
}
