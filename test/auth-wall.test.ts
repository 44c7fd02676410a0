// A preview behind a token check: the gate never forwards production credentials, so the preview
// knows the caller only from the headers input. A missing, expired or wrong token refuses
// (nearly) everything: the gate cannot judge, and says what to fix. One endpoint refusing among
// healthy ones is the PR's regression. Real services on loopback, the whole gate (runGate), the
// bundled action and the built CLI.
import test, { type ExecutionContext } from 'ava';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { TargetUnreachableError } from '../src/errors.js';
import { type GateOptions, type GateResults, runGate } from '../src/gate.js';
import { Target } from '../src/replay/target.js';
import { waitForTarget } from '../src/replay/wait-for.js';
import { startGitHubApi } from '../stack/github-api.js';
import { projectRoot } from '../stack/project-root.js';
import { runAction } from '../stack/run-action.js';
import { FakeClock } from './helpers/fake-clock.js';
import { serve } from './helpers/local-server.js';
import { ndjsonLines, type RecordedGet, writeSnapshot } from './helpers/ndjson-snapshot.js';

const TOKEN = 'preview-7f3a9c';
const WALL = (side: string, statuses: string, endpoints: string) =>
  new RegExp(`^cannot judge: ${side} http://127\\.0\\.0\\.1:\\d+ refused (\\d+) of \\1 requests with ${statuses} on ${endpoints}: check the credentials in the headers input$`);

interface ServiceOptions {
  /** The token this deployment accepts. */
  token?: string;
  /** Paths this identity may not see: answered 403 with a valid token. */
  forbidden?: (path: string) => boolean;
}

/** What the service answers for a path, as production recorded it. */
function bodyFor(path: string): string {
  return JSON.stringify({ path, id: Number(path.split('/').pop()) });
}

/** A service behind a token check on `x-preview-token`, as a preview deployment guards itself. */
async function tokenService(t: ExecutionContext, { token = TOKEN, forbidden = () => false }: ServiceOptions = {}) {
  return serve(t, (req, res) => {
    const given = req.headers['x-preview-token'];
    const path = req.url!.split('?')[0]!;
    const answer = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(body);
    };
    const challenge = { 'www-authenticate': 'Token realm="preview"' };
    if (given === undefined) return answer(401, '{"error":"missing token"}', challenge);
    if (typeof given === 'string' && given.startsWith('expired')) return answer(401, '{"error":"token expired"}', challenge);
    if (given !== token) return answer(401, '{"error":"invalid token"}', challenge);
    if (forbidden(path)) return answer(403, '{"error":"forbidden"}');
    return answer(200, bodyFor(path));
  });
}

/** `count` recorded 200s, round-robin over `endpoints` (path prefixes), so any prefix of the run sees them all. */
function recordedGets(endpoints: readonly string[], count: number): RecordedGet[] {
  return Array.from({ length: count }, (_, i) => {
    const url = `/api/${endpoints[i % endpoints.length]}/${i}`;
    return { url, status: 200, body: bodyFor(url) };
  });
}

// No test here is about time: the per-request timeout only has to outlast a machine busy with
// the rest of the suite (at 2 s, an answer starved of CPU beside the action tests read as breaking).
function options(targetUrl: string, workspace: string, extra: Partial<GateOptions> = {}): GateOptions {
  return {
    snapshot: 'traffic.ndjson', targetUrl, failOn: 'breaking', maxRequests: 1000, concurrency: 4, rateLimit: 0, timeoutMs: 15_000,
    methods: new Set(['GET']), headers: { 'x-preview-token': TOKEN }, s3: { endpoint: '', region: '' }, workspace, seed: 1, ...extra,
  };
}

function breakingEndpoints(results: GateResults): string[] {
  return results.endpoints.filter((e) => e.breaking > 0).map((e) => e.endpoint).sort();
}

const THREE = ['orders', 'customers', 'invoices'];

test('no token: 90 GETs on 3 endpoints all 401 is verdict error saying to check the credentials, and the run stops early', async (t) => {
  const service = await tokenService(t);
  const work = await writeSnapshot(recordedGets(THREE, 90));
  const results = await runGate(options(service.url, work, { headers: {} }));
  t.is(results.verdict, 'error');
  t.regex(results.reason, WALL('target', '401', '3 of 3 endpoints'));
  // Each request is asked twice, and once more to confirm a difference: 270 asks for the whole run.
  t.true(service.seen.length < 90, `sent ${service.seen.length}`);
});

test('an expired token is the same error; the right token passes', async (t) => {
  const service = await tokenService(t);
  const work = await writeSnapshot(recordedGets(THREE, 90));
  const expired = await runGate(options(service.url, work, { headers: { 'x-preview-token': 'expired-2026-11-01' } }));
  t.is(expired.verdict, 'error');
  t.regex(expired.reason, WALL('target', '401', '3 of 3 endpoints'));
  t.false(expired.reason.includes('expired-2026-11-01'));

  const right = await runGate(options(service.url, work));
  t.is(right.verdict, 'pass', right.reason);
  t.is(right.totals.compared, 90);
  t.is(right.reason, 'no regression on 90 requests across 3 endpoints');
});

test('one endpoint of six losing its permission (403) is a regression on that endpoint, not an error', async (t) => {
  const service = await tokenService(t, { forbidden: (p) => p.startsWith('/api/admin/') });
  const work = await writeSnapshot(recordedGets(['orders', 'customers', 'invoices', 'admin', 'stock', 'users'], 90));
  const results = await runGate(options(service.url, work));
  t.is(results.verdict, 'fail');
  t.is(results.reason, '15 of 90 requests changed in breaking ways, on 1 endpoint: GET /api/admin/{id}');
  t.deepEqual(breakingEndpoints(results), ['GET /api/admin/{id}']);
});

test('a baseline that refuses (the candidate accepts the token) is an error naming the baseline', async (t) => {
  const candidate = await tokenService(t);
  const baseline = await tokenService(t, { token: 'staging-only-token' });
  const work = await writeSnapshot(recordedGets(THREE, 90));
  const results = await runGate(options(candidate.url, work, { baselineUrl: baseline.url }));
  t.is(results.verdict, 'error');
  t.regex(results.reason, WALL('baseline', '401', '3 of 3 endpoints'));
  t.true(baseline.seen.length < 90, `sent ${baseline.seen.length} to the baseline`);
});

test('recorded 401s answered 401 are the same behaviour, not a refusal of the gate', async (t) => {
  const service = await tokenService(t);
  // Anonymous production traffic: production refused it too.
  const anonymous = recordedGets(THREE, 30).map((get) => ({ ...get, status: 401, body: '{"error":"missing token"}' }));
  const work = await writeSnapshot(anonymous);
  const results = await runGate(options(service.url, work, { headers: {} }));
  t.is(results.verdict, 'pass', results.reason);
  t.is(results.totals.compared, 30);

  // Beside them, the requests that needed a token: those are refused, and only those are counted.
  const mixed = await writeSnapshot([...anonymous, ...recordedGets(['reports', 'exports'], 30)].map((get, i, all) => all[(i * 7) % all.length]!));
  const walled = await runGate(options(service.url, mixed, { headers: {} }));
  t.is(walled.verdict, 'error');
  t.regex(walled.reason, WALL('target', '401', '2 of 2 endpoints'));
});

test('a 403 where production answered 403 is not a refusal either', async (t) => {
  const service = await tokenService(t, { forbidden: () => true });
  const work = await writeSnapshot(recordedGets(THREE, 30).map((get) => ({ ...get, status: 403, body: '{"error":"forbidden"}' })));
  const results = await runGate(options(service.url, work));
  t.is(results.verdict, 'pass', results.reason);
});

test('a health check behind the token check: wait-for ends naming the 401 and what to fix', async (t) => {
  const service = await tokenService(t);
  const target = new Target(service.url, { concurrency: 1, rateLimit: 0, timeoutMs: 15_000, maxBodyBytes: 1 << 20 });
  t.teardown(() => target.close());
  const error = await t.throwsAsync(waitForTarget(target, 'target', { path: '/healthz', timeoutMs: 5000, headers: { 'x-preview-token': 'expired' }, clock: new FakeClock() }));
  t.true(error instanceof TargetUnreachableError);
  t.is(error!.message, `target ${service.url} did not answer 2xx on /healthz within 5 s: last answer 401: check the credentials in the headers input`);
});

// The thresholds, on both sides, without and with a baseline (which accepts the token and
// forbids nothing). `refusing`: endpoints whose every request the candidate answers 403.
interface ThresholdCase {
  title: string;
  gets: RecordedGet[];
  refusing: string[];
  /** The wall's counts, or the endpoints reported breaking. */
  expected: { wall: string } | { fail: string[] };
}

const FIVE = ['a', 'b', 'c', 'd', 'e'];
const SIX = [...FIVE, 'f'];
const cases: ThresholdCase[] = [
  { title: '40 requests, 4 of 5 endpoints refusing (80%, 32 of 40): error', gets: recordedGets(FIVE, 40), refusing: ['b', 'c', 'd', 'e'], expected: { wall: '4 of 5 endpoints' } },
  { title: '40 requests, 3 of 5 endpoints refusing (below 80%): a regression on those 3', gets: recordedGets(FIVE, 40), refusing: ['c', 'd', 'e'], expected: { fail: ['c', 'd', 'e'] } },
  {
    title: '60 requests, 4 of 5 endpoints refusing but only 20 of 60 requests: a regression on those 4',
    // Per 12 requests: 8 to the busy healthy endpoint, one to each of the others.
    gets: Array.from({ length: 60 }, (_, i) => {
      const url = `/api/${i % 12 < 8 ? 'a' : FIVE[(i % 12) - 7]}/${i}`;
      return { url, status: 200, body: bodyFor(url) };
    }),
    refusing: ['b', 'c', 'd', 'e'],
    expected: { fail: ['b', 'c', 'd', 'e'] },
  },
  { title: '30 requests on 2 endpoints, one refusing (half, not more): a regression', gets: recordedGets(['a', 'b'], 30), refusing: ['b'], expected: { fail: ['b'] } },
  { title: '18 requests (under 20), 5 of 6 endpoints refusing: a regression on those 5', gets: recordedGets(SIX, 18), refusing: ['b', 'c', 'd', 'e', 'f'], expected: { fail: ['b', 'c', 'd', 'e', 'f'] } },
  { title: '24 requests, 5 of 6 endpoints refusing: error', gets: recordedGets(SIX, 24), refusing: ['b', 'c', 'd', 'e', 'f'], expected: { wall: '5 of 6 endpoints' } },
  { title: '6 requests, every one refused on 3 of 3 endpoints: error however small', gets: recordedGets(['a', 'b', 'c'], 6), refusing: ['a', 'b', 'c'], expected: { wall: '3 of 3 endpoints' } },
  { title: '6 requests, 2 of 3 endpoints refusing: a regression (under 20, only a complete wall counts)', gets: recordedGets(['a', 'b', 'c'], 6), refusing: ['b', 'c'], expected: { fail: ['b', 'c'] } },
  { title: 'one endpoint, its 5 requests all refused: error', gets: recordedGets(['a'], 5), refusing: ['a'], expected: { wall: '1 of 1 endpoint' } },
];

for (const withBaseline of [false, true]) {
  for (const c of cases) {
    test(`threshold${withBaseline ? ', with a baseline' : ''}: ${c.title}`, async (t) => {
      const candidate = await tokenService(t, { forbidden: (p) => c.refusing.some((e) => p.startsWith(`/api/${e}/`)) });
      const baseline = withBaseline ? await tokenService(t) : undefined;
      const work = await writeSnapshot(c.gets);
      const results = await runGate(options(candidate.url, work, baseline ? { baselineUrl: baseline.url } : {}));
      if ('wall' in c.expected) {
        t.is(results.verdict, 'error', results.reason);
        t.regex(results.reason, new RegExp(`^cannot judge: target http://127\\.0\\.0\\.1:\\d+ refused \\d+ of \\d+ requests? with 403 on ${c.expected.wall}: check the credentials in the headers input$`));
      } else {
        t.is(results.verdict, 'fail', results.reason);
        t.deepEqual(breakingEndpoints(results), c.expected.fail.map((e) => `GET /api/${e}/{id}`));
      }
    });
  }
}

test('the bundled action: the error line in the log, the check title and the comment; on-error: neutral makes it neutral', async (t) => {
  const github = await startGitHubApi();
  t.teardown(() => github.close());
  const service = await tokenService(t);
  const gate = (inputs: Record<string, string> = {}) => runAction({
    env: { GITHUB_API_URL: github.url },
    inputs: {
      snapshot: 'traffic.ndjson', 'target-url': service.url, 'github-token': 'ghs_test', 'rate-limit': '0',
      headers: 'x-preview-token: expired-2026-11-01', ...inputs,
    },
    files: { 'traffic.ndjson': ndjsonLines(recordedGets(THREE, 90)) },
  });
  const line = /target http:\/\/127\.0\.0\.1:\d+ refused (\d+) of \1 requests with 401 on 3 of 3 endpoints: check the credentials in the headers input/;

  const run = await gate();
  t.is(run.outputs.verdict, 'error', run.stdout);
  t.is(run.exitCode, 1);
  t.regex(run.stdout, new RegExp(`::error::replay-gate error: cannot judge: ${line.source}`));
  const check = [...github.checkRuns.values()][0]!;
  t.is(check.conclusion, 'failure');
  t.regex(check.output.title!, new RegExp(`^error: cannot judge: ${line.source}$`));
  t.regex(github.comments[0]!.body, /check the credentials in the headers input/);
  t.regex(run.summary, /replay-gate: error/);
  const withoutMask = run.stdout.replace(/::add-mask::expired-2026-11-01/, '');
  t.false([withoutMask, run.stderr, run.summary, check.output.summary, github.comments[0]!.body].join('\n').includes('expired-2026-11-01'));

  const neutral = await gate({ 'on-error': 'neutral' });
  t.is(neutral.outputs.verdict, 'error');
  t.is(neutral.exitCode, 0);
  t.is([...github.checkRuns.values()][1]?.conclusion, 'neutral');
  t.regex(neutral.stdout, new RegExp(`::warning::replay-gate could not judge: cannot judge: ${line.source}`));
});

test('the built CLI: replay-gate run --header "x-preview-token: expired" exits 2 with the error line', async (t) => {
  const service = await tokenService(t);
  const work = await writeSnapshot(recordedGets(THREE, 90));
  const cli = path.join(projectRoot(), 'dist', 'cli.js');
  const args = ['run', '--snapshot', 'traffic.ndjson', '--target-url', service.url, '--rate-limit', '0', '--header', 'x-preview-token: expired'];
  const run = await new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: work, timeout: 60_000 }, (error, stdout) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout });
    });
  });
  t.is(run.code, 2);
  t.regex(run.stdout, /^replay-gate error: cannot judge: target http:\/\/127\.0\.0\.1:\d+ refused (\d+) of \1 requests with 401 on 3 of 3 endpoints: check the credentials in the headers input\n/);
});
