// Cancellation: the runner sends SIGINT, then SIGTERM 7.5 s later, then kills the step 2.5 s after
// that; a person presses Ctrl-C. The gate stops replaying at the first signal, judges what came
// back, and reports it (check run `cancelled`, outputs, job summary); the second completes the check
// at once. Against a service that answers a few requests and then holds every later one open.
import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import test, { type ExecutionContext } from 'ava';
import { cancelOnSignals } from '../../src/cancel-on-signals.js';
import { run as runCommand } from '../../src/cli/run.js';
import { mapConcurrent } from '../../src/replay/concurrent.js';
import { startGitHubApi, type GitHubApi } from '../../stack/github-api.js';
import { type ActionRun, runAction } from '../../stack/run-action.js';
import { itemsService, itemsSnapshot, type ItemsService } from '../helpers/items.js';
import { serve } from '../helpers/local-server.js';

const SELECTED = 40;

/** Resolves once `ready()` holds; polls every 20 ms, for at most 20 s. */
async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !ready(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  if (!ready()) throw new Error('never ready');
}

test('signals: the first stops, the second hurries, the one given up at exits; dispose removes the handlers', (t) => {
  const process = new EventEmitter();
  const exits: string[] = [];
  const seen: string[] = [];
  const cancellation = cancelOnSignals(process, { giveUpAt: 3, exit: (signal) => exits.push(signal), onSignal: (signal, n) => seen.push(`${signal} ${n}`) });
  t.false(cancellation.stop.aborted);
  process.emit('SIGINT', 'SIGINT');
  t.true(cancellation.stop.aborted);
  t.false(cancellation.hurry.aborted);
  process.emit('SIGTERM', 'SIGTERM');
  t.true(cancellation.hurry.aborted);
  t.deepEqual(exits, []);
  process.emit('SIGINT', 'SIGINT');
  t.deepEqual(exits, ['SIGINT']);
  t.deepEqual(seen, ['SIGINT 1', 'SIGTERM 2', 'SIGINT 3']);
  cancellation.dispose();
  t.is(process.listenerCount('SIGINT') + process.listenerCount('SIGTERM'), 0);
});

test('an aborted mapConcurrent yields what had finished, starts nothing, and does not wait for what runs', async (t) => {
  const controller = new AbortController();
  const started: number[] = [];
  const work = (i: number) => {
    started.push(i);
    return i < 2 ? Promise.resolve(i) : new Promise<number>(() => {}); // the rest never end
  };
  const seen: number[] = [];
  for await (const value of mapConcurrent([0, 1, 2, 3, 4, 5, 6, 7], 3, work, () => false, controller.signal)) {
    seen.push(value);
    if (seen.length === 2) setTimeout(() => controller.abort(), 20);
  }
  t.deepEqual(seen, [0, 1]);
  t.deepEqual(started, [0, 1, 2, 3, 4], 'three in flight, none started after the abort');
});

// ---- The CLI, in this process: its signals come from an EventEmitter.

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

async function cli(args: string[], signals: EventEmitter) {
  const cwd = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-cancel-'));
  await writeFile(path.join(cwd, 'traffic.ndjson'), itemsSnapshot(SELECTED));
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCommand.run(['--snapshot', 'traffic.ndjson', '--out', 'reports', '--rate-limit', '0', ...args], { cwd, stdout, stderr, signals });
  const results = JSON.parse(await readFile(path.join(cwd, 'reports', 'results.json'), 'utf8'));
  return { code, stdout: stdout.text, stderr: stderr.text, results, report: await readFile(path.join(cwd, 'reports', 'report.md'), 'utf8') };
}

/** Two exchanges in flight: the first two are judged (4 answers), the next two are held on their second ask. */
async function heldService(t: ExecutionContext): Promise<ItemsService> {
  return itemsService(t, { answerFirst: 6 });
}

test('Ctrl-C mid-replay: the CLI stops sending, writes the reports of what was judged, exit code 130', async (t) => {
  const service = await heldService(t);
  const signals = new EventEmitter();
  let sentAtSignal = -1;
  void until(() => service.held.length === 2).then(() => {
    sentAtSignal = service.seen.length;
    signals.emit('SIGINT', 'SIGINT');
  });
  const result = await cli(['--target-url', service.url, '--concurrency', '2', '--timeout-ms', '600000'], signals);
  t.is(result.code, 130, result.stderr);
  t.is(result.results.verdict, 'error');
  t.true(result.results.cancelled);
  // Two or three exchanges done, as the action test below says why; every surface says which.
  const done = result.results.totals.requests as number;
  t.true(done === 2 || done === 3, String(done));
  t.regex(result.results.reason, new RegExp(`^cancelled after ${done} of 40 requests; so far no regression on ${done} requests across 1 endpoint$`));
  t.is(service.seen.length, sentAtSignal, 'nothing sent after the signal');
  t.regex(result.stderr, /SIGINT: stopping the replay/);
  t.regex(result.stdout, new RegExp(`^replay-gate error: cancelled after ${done} of 40 requests`));
  t.regex(result.report, new RegExp(`## ⚠️ replay-gate: error\\n\\n\\*\\*cancelled after ${done} of 40 requests`));
  t.is(signals.listenerCount('SIGINT'), 0, 'the handlers are gone with the run');
});

test('Ctrl-C while waiting for the deploy: cancelled before any request, at once', async (t) => {
  const service = await serve(t, (_req, res) => {
    res.writeHead(503);
    res.end();
  });
  const signals = new EventEmitter();
  void until(() => service.seen.length >= 2).then(() => signals.emit('SIGINT', 'SIGINT'));
  const result = await cli(['--target-url', service.url, '--wait-for', '/healthz', '--wait-timeout-ms', '150000'], signals);
  t.is(result.code, 130, result.stderr);
  t.is(result.results.reason, 'cancelled before any request was replayed');
  t.true(result.results.cancelled);
  t.true(service.seen.every((hit) => hit.url === '/healthz'));
});

// ---- The bundled action, as the runner cancels it.

async function cancelledAction(t: ExecutionContext, github: GitHubApi, signal: (child: import('node:child_process').ChildProcess, service: ItemsService) => Promise<void>): Promise<{ run: ActionRun; service: ItemsService }> {
  const service = await heldService(t);
  const run = await runAction({
    env: { GITHUB_API_URL: github.url },
    inputs: {
      snapshot: 'traffic.ndjson', 'target-url': service.url, 'github-token': 'ghs_test', 'rate-limit': '0',
      concurrency: '2', 'timeout-ms': '600000',
    },
    files: { 'traffic.ndjson': itemsSnapshot(SELECTED) },
    onSpawn: (child) => void signal(child, service),
    // The bound: the held requests would hold the run for ten minutes; the runner kills at 10 s.
    timeoutMs: 20_000,
  });
  t.is(run.signal, null, `the action ended by itself: ${run.stdout}`);
  t.notRegex(run.stdout + run.stderr, /\n\s+at /, 'no stack trace');
  return { run, service };
}

test('the action, SIGINT mid-replay: check run concluded cancelled with what was judged; outputs and job summary written', async (t) => {
  const github = await startGitHubApi();
  t.teardown(() => github.close());
  let sentAtSignal = -1;
  const { run, service } = await cancelledAction(t, github, async (child, held) => {
    await until(() => held.held.length === 2);
    sentAtSignal = held.seen.length;
    child.kill('SIGINT');
  });
  t.is(run.exitCode, 1);
  t.is(service.seen.length, sentAtSignal, 'nothing sent after the signal');
  t.is(run.outputs.verdict, 'error');
  // Six answers, two asks per exchange at concurrency 2: two exchanges are done when two asks are
  // held, or three when one exchange's second ask overtook another's (which order the service
  // answers in is its own). Every surface must then say the same number.
  const done = run.outputs.requests!;
  t.true(done === '2' || done === '3', done);
  t.truthy(run.outputs['report-path']);
  const results = JSON.parse(await readFile(run.outputs['report-path']!, 'utf8'));
  t.true(results.cancelled);
  t.regex(run.summary, new RegExp(`^## ⚠️ replay-gate: error\\n\\n\\*\\*cancelled after ${done} of 40 requests; so far no regression on ${done} requests`));
  t.is(github.checkRuns.size, 1);
  const [check] = [...github.checkRuns.values()];
  t.is(check!.status, 'completed');
  t.is(check!.conclusion, 'cancelled');
  t.regex(check!.output.title!, new RegExp(`^error: cancelled after ${done} of 40 requests`));
  t.is(github.comments.length, 1, 'the first signal leaves time for the comment');
  t.regex(run.stdout, /SIGINT: the job is cancelled; stopping the replay/);
  t.regex(run.stdout, new RegExp(`::error::replay-gate cancelled after ${done} of 40 requests`));
  t.deepEqual(github.violations(), [], 'conclusion "cancelled" is GitHub’s own');
});

test('the action, SIGINT then SIGTERM while the check completion hangs: the check is still completed, at once', async (t) => {
  const github = await startGitHubApi();
  t.teardown(() => github.close());
  github.inject({ kind: 'hang', ms: 120_000 }, { operationId: 'checks/update' });
  const { run } = await cancelledAction(t, github, async (child, held) => {
    await until(() => held.held.length === 2);
    child.kill('SIGINT');
    await until(() => github.requests.some((r) => r.operationId === 'checks/update'));
    child.kill('SIGTERM');
  });
  t.deepEqual(github.requests.filter((r) => r.operationId === 'checks/update').map((r) => r.status), [0, 200]);
  const [check] = [...github.checkRuns.values()];
  t.is(check!.status, 'completed');
  t.is(check!.conclusion, 'cancelled');
  t.regex(run.stdout, /SIGTERM: completing the check run now/);
  t.regex(run.stdout, /No PR comment: the run is being cancelled/);
  t.is(github.comments.length, 0);
  t.is(run.outputs.verdict, 'error');
  // What was judged is the point here, not how many exchanges finished before the signal (the
  // test above pins that): an exchange whose asks were all answered may finish as SIGINT lands.
  t.regex(run.summary, /cancelled after [23] of 40 requests/);
  t.deepEqual(github.violations(), []);
});
