// Credentials end to end: the bundled action (dist/index.js), run as the runner runs it, replays a
// snapshot full of production credentials against a preview that echoes what it is sent, and
// fails. No credential, recorded or configured, may reach any report surface, and no recorded one
// may reach the preview.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import { parseRuleBook } from '../../src/config/load.js';
import { runGate } from '../../src/gate.js';
import { startGitHubApi } from '../../stack/github-api.js';
import { runAction, type ActionRun } from '../../stack/run-action.js';
import { serve } from '../helpers/local-server.js';

// What production traffic carried: each must never be sent to the preview, nor shown anywhere.
const RECORDED = {
  authorization: 'Bearer rec-authorization-1111',
  'proxy-authorization': 'Basic rec-proxy-auth-2222',
  cookie: 'sid=rec-cookie-3333; theme=dark',
  'set-cookie': 'rec-set-cookie-4444',
  'x-api-key': 'rec-api-key-5555',
  'x-auth-token': 'rec-auth-token-6666',
  'x-csrf-token': 'rec-csrf-token-7777',
  'x-shop-session-token': 'rec-custom-header-8888',
};
const RECORDED_QUERY = { token: 'rec-query-token-9999', api_key: 'rec-query-apikey-1010', access_token: 'rec-query-access-1212' };
// What the workflow gives the gate: sent to the preview, never shown.
const PREVIEW_TOKEN = 'ci-preview-token-7a1f';
const ADMIN_TOKEN = 'Bearer ci-admin-token-9c3e';
const URL_PASSWORD = 'url-passw0rd-5d2b';

const SECRETS = [...Object.values(RECORDED), ...Object.values(RECORDED_QUERY), 'rec-authorization-1111', 'rec-cookie-3333', PREVIEW_TOKEN, ADMIN_TOKEN, 'ci-admin-token-9c3e', URL_PASSWORD];

const RULES = `headers: [x-echo, set-cookie]
routes:
  - match: "GET /api/admin/{id}"
    requestHeaders: {authorization: "$ADMIN_TOKEN"}
`;

/** The recording: production answered with what it was sent echoed back, as some services do. */
function snapshot(): string {
  const query = new URLSearchParams(RECORDED_QUERY).toString();
  const lines: string[] = [];
  for (let id = 1; id <= 8; id++) {
    lines.push(JSON.stringify({
      id: `o-${id}`,
      request: { method: 'GET', url: `/api/orders/${id}?expand=items&${query}`, headers: { accept: 'application/json', ...RECORDED }, body: null },
      response: {
        status: 200,
        headers: { 'content-type': 'application/json', 'x-echo': RECORDED['x-auth-token'], 'set-cookie': `sid=${RECORDED['set-cookie']}` },
        body: JSON.stringify({ id, total: 10, sku: 'A-1', whoami: RECORDED.authorization, q: RECORDED_QUERY.token }),
      },
    }));
  }
  for (let id = 1; id <= 3; id++) {
    lines.push(JSON.stringify({
      id: `a-${id}`,
      request: { method: 'GET', url: `/api/admin/${id}`, headers: { accept: 'application/json', authorization: RECORDED.authorization }, body: null },
      response: { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id, role: 'admin', seenAs: 'nobody' }) },
    }));
  }
  return `${lines.join('\n')}\n`;
}

/** Every surface a run reports on, as one text: files, comment, check run, job summary, outputs, log. */
async function surfaces(run: ActionRun, github: Awaited<ReturnType<typeof startGitHubApi>>): Promise<string> {
  const files = await Promise.all(['report-path', 'html-report-path'].filter((o) => run.outputs[o]).map((o) => readFile(run.outputs[o]!, 'utf8')));
  const checks = [...github.checkRuns.values()].map((c) => [c.output.title, c.output.summary, JSON.stringify(c.output.annotations)].join('\n'));
  // `::add-mask::` is the runner's instruction to mask a value in the log: it must carry the value.
  const log = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
  return [
    ...files, ...github.comments.map((c) => c.body), ...checks, JSON.stringify(github.requests), run.summary, JSON.stringify(run.outputs), log,
  ].join('\n');
}

test('a failing run with credentials everywhere: none reaches a report, recorded ones never reach the preview', async (t) => {
  const github = await startGitHubApi();
  t.teardown(() => github.close());
  const preview = await serve(t, (req, res) => {
    const route = (req.url ?? '').split('?')[0]!;
    const id = Number(route.split('/').pop());
    // The preview echoes the credentials it is given, in a header and in the body.
    const echo = String(req.headers['x-preview-token'] ?? '');
    res.setHeader('content-type', 'application/json');
    res.setHeader('x-echo', `token ${echo}`);
    res.setHeader('set-cookie', 'sid=preview-cookie');
    if (route.startsWith('/api/admin/')) res.end(JSON.stringify({ id, seenAs: String(req.headers.authorization ?? ''), echo }));
    // And as a key: a place's path then holds it, which only the final masking of the results sees.
    else res.end(JSON.stringify({ id, total: 12, whoami: echo, q: echo, [echo]: true }));
  });

  const run = await runAction({
    env: { GITHUB_API_URL: github.url, ADMIN_TOKEN },
    inputs: {
      snapshot: 'traffic.ndjson', 'target-url': preview.url, 'github-token': 'ghs_test',
      headers: `x-preview-token: ${PREVIEW_TOKEN}`, 'rate-limit': '0',
    },
    files: { 'traffic.ndjson': snapshot(), '.github/replay-gate.yml': RULES },
  });
  t.is(run.outputs.verdict, 'fail', run.stdout);
  t.is(run.exitCode, 1);

  // The surfaces are there to look in: examples of both endpoints, with what was echoed masked.
  const results = JSON.parse(await readFile(run.outputs['report-path']!, 'utf8'));
  const example = (name: string) => results.endpoints.find((e: { endpoint: string }) => e.endpoint === name)?.example;
  const orders = example('GET /api/orders/{id}');
  const admin = example('GET /api/admin/{id}');
  t.truthy(orders);
  t.truthy(admin);
  t.regex(orders.url, /^\/api\/orders\/\d\?expand=items&token=\*\*\*&api_key=\*\*\*&access_token=\*\*\*$/);
  for (const name of Object.keys(RECORDED)) t.is(orders.requestHeaders[name], '***', name);
  t.true(orders.excerpts.expected.includes('"whoami": "***"'), 'production echoed the recorded authorization');
  t.true(orders.excerpts.actual.includes('"whoami": "***"'), 'the preview echoed the headers input');
  t.true(orders.differences.some((d: { path: string; actual?: string }) => d.path === 'header:x-echo' && d.actual === 'token ***'));
  t.true(orders.differences.some((d: { path: string; actual?: string }) => d.path === 'header:set-cookie' && d.actual === '***'));
  t.true(orders.differences.some((d: { path: string }) => d.path === '$.***'), 'the preview echoed the headers input as a key');
  t.true(admin.differences.some((d: { path: string; actual?: string }) => d.path === '$.seenAs' && d.actual === '"***"'));
  const comment = github.comments[0]!.body;
  t.regex(comment, /curl -sS -i -H 'accept: application\/json' -H 'x-preview-token: \*\*\*' 'http:\/\/127\.0\.0\.1:\d+\/api\/orders\/\d\?expand=items'/);
  t.regex(comment, /-H 'x-preview-token: \*\*\*' -H 'authorization: \*\*\*' 'http:\/\/127\.0\.0\.1:\d+\/api\/admin\/\d'/);

  const everything = await surfaces(run, github);
  t.true(everything.length > 20_000);
  for (const secret of SECRETS) t.false(everything.includes(secret), `${secret} appears in a report`);
  t.deepEqual(github.violations(), []);

  // What the preview was sent: no recorded credential in any header or URL; the headers input on
  // every request, the route's authorization on its route only.
  t.true(preview.seen.length >= 22);
  for (const hit of preview.seen) {
    const sent = JSON.stringify(hit);
    for (const secret of [...Object.values(RECORDED), ...Object.values(RECORDED_QUERY)]) t.false(sent.includes(secret), `${secret} sent to ${hit.url}`);
    for (const name of ['proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'x-auth-token', 'x-csrf-token', 'x-shop-session-token']) t.is(hit.headers[name], undefined, name);
    t.notRegex(hit.url, /token=|api_key=/);
    t.is(hit.headers['x-preview-token'], PREVIEW_TOKEN);
    t.is(hit.headers.authorization, hit.url.startsWith('/api/admin/') ? ADMIN_TOKEN : undefined, hit.url);
  }
  t.true(preview.seen.some((hit) => hit.url === '/api/orders/1?expand=items'));
});

test('credentials in target-url or baseline-url are refused in one line that never holds them', async (t) => {
  const github = await startGitHubApi();
  t.teardown(() => github.close());
  const preview = await serve(t, (_req, res) => res.end('{}'));
  for (const input of ['target-url', 'baseline-url']) {
    const withPassword = preview.url.replace('http://', `http://deploy:${URL_PASSWORD}@`);
    const run = await runAction({
      env: { GITHUB_API_URL: github.url },
      inputs: { snapshot: 'traffic.ndjson', 'target-url': preview.url, [input]: withPassword, 'github-token': 'ghs_test' },
      files: { 'traffic.ndjson': snapshot() },
    });
    t.is(run.exitCode, 1);
    t.is(run.outputs.verdict, 'error');
    t.regex(run.stdout, new RegExp(`^::error::input "${input}" must not carry credentials \\(user:password@\\); send them with input "headers" instead$`, 'm'));
    t.false((await surfaces(run, github)).includes(URL_PASSWORD));
  }
  t.is(preview.seen.length, 0, 'nothing is replayed with a URL that was refused');
});

test('the engine masks the headers input and route header values in every log line and every string of the results', async (t) => {
  const target = await serve(t, (_req, res) => res.end('{"ok":true}'));
  const work = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-creds-'));
  // A name is as good a carrier as any: whatever a line or a result holds, the values never show.
  const name = `traffic-${PREVIEW_TOKEN}-${ADMIN_TOKEN.replace(' ', '_')}.ndjson`;
  await writeFile(path.join(work, name), `${JSON.stringify({ id: 'r1', request: { method: 'GET', url: '/x', headers: {}, body: null } })}\n`);
  const lines: string[] = [];
  const rules = parseRuleBook('routes:\n  - match: "GET /x"\n    requestHeaders: {authorization: "$ADMIN"}\n', 'rules.yml', { ADMIN: ADMIN_TOKEN.replace(' ', '_') });
  const results = await runGate({
    snapshot: name, targetUrl: target.url, failOn: 'breaking', maxRequests: 10, concurrency: 1, rateLimit: 0, timeoutMs: 2000,
    methods: new Set(['GET']), headers: { 'x-preview-token': PREVIEW_TOKEN }, s3: { endpoint: '', region: '' }, workspace: work, rules,
  }, { log: (line) => lines.push(line) });
  t.is(target.seen[0]?.headers.authorization, ADMIN_TOKEN.replace(' ', '_'));
  t.true(lines.some((line) => line.startsWith('Reading snapshot traffic-***-***.ndjson')), lines.join('\n'));
  t.is(results.snapshot.name, 'traffic-***-***.ndjson');
  const everything = lines.join('\n') + JSON.stringify(results);
  t.false(everything.includes(PREVIEW_TOKEN) || everything.includes(ADMIN_TOKEN.replace(' ', '_')));
});
