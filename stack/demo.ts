/**
 * The whole gate on one machine: s3rver, the sample service in two versions, a local GitHub API,
 * a snapshot recorded from v1 by the real recorder (`replay-gate record`'s proxy, into s3rver), and
 * the bundled action run against v2 exactly as the Actions runner runs it. Exits 0 when the gate did what it is designed to: fail on the two seeded
 * regressions and name exactly those endpoints.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startGitHubApi } from './github-api.js';
import { settingsOf } from '../src/record/config.js';
import { openOutput } from '../src/record/output.js';
import { startRecordingProxy } from '../src/record/start-proxy.js';
import { demoTraffic } from './record.js';
import { runAction } from './run-action.js';
import { startS3 } from './s3.js';
import { startSampleService } from './sample-service.js';

// The AWS SDK warns on Node 20 about its future Node 22 floor; the runner uses Node 24.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const SEEDED = ['GET /api/orders/{id}', 'GET /api/stock/{id}'];
const SECRET = 'demo-secret-value';
const node = process.env.REPLAY_GATE_NODE || process.execPath;

const s3 = await startS3(['traffic']);
const v1 = await startSampleService('v1');
const v2 = await startSampleService('v2');
const github = await startGitHubApi();
let ok = false;
try {
  console.log(`s3rver ${s3.endpoint}, service v1 ${v1.url}, v2 ${v2.url}, GitHub API ${github.url}`);
  const recorded = await recordThroughProxy(v1.url, 's3://traffic/snapshots/shop/', s3.endpoint);
  console.log(`Recorded v1's traffic through replay-gate record into s3://traffic/snapshots/shop/: ${recorded}`);

  console.log(`\n$ node dist/index.js   (Node ${execFileSync(node, ['--version']).toString().trim()})\n`);
  const run = await runAction({
    node,
    env: { ...s3.credentials, GITHUB_API_URL: github.url },
    inputs: {
      snapshot: 's3://traffic/snapshots/shop/',
      'target-url': v2.url,
      's3-endpoint': s3.endpoint,
      'aws-region': 'us-east-1',
      'github-token': 'ghs_demo_token',
      headers: `x-preview-token: ${SECRET}`,
    },
  });
  process.stdout.write(indent(run.stdout));
  process.stderr.write(indent(run.stderr));

  const comment = github.comments.find((c) => c.body.includes('<!-- replay-gate:'));
  const checkRun = [...github.checkRuns.values()][0];
  console.log('\n── Outputs ──');
  for (const [name, value] of Object.entries(run.outputs)) console.log(`${name}=${value}`);
  console.log(`\n── Check run "${checkRun?.name}": ${checkRun?.status} / ${checkRun?.conclusion}: ${checkRun?.output.title} (${checkRun?.output.annotations.length ?? 0} annotations)`);
  console.log('\n── PR comment ──\n');
  console.log(comment?.body ?? '(none posted)');
  console.log(`── Reports ──\nJSON results: ${run.outputs['report-path']}\nHTML report: ${run.outputs['html-report-path']}\nJob summary: ${path.join(run.work, 'step-summary.md')}`);

  const results = JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8')) as { endpoints: { endpoint: string; breaking: number }[] };
  const breaking = results.endpoints.filter((e) => e.breaking > 0).map((e) => e.endpoint).sort();
  const everything = `${run.stdout}${run.stderr}${run.summary}${comment?.body ?? ''}${JSON.stringify(results)}`;
  const problems = [
    run.outputs.verdict !== 'fail' && `verdict is ${run.outputs.verdict}, expected fail`,
    JSON.stringify(breaking) !== JSON.stringify(SEEDED) && `breaking endpoints are ${breaking.join(', ') || 'none'}, expected ${SEEDED.join(', ')}`,
    checkRun?.conclusion !== 'failure' && `check run concluded ${checkRun?.conclusion}`,
    !comment && 'no PR comment was posted',
    everything.replace(`::add-mask::${SECRET}`, '').includes(SECRET) && 'the secret header value leaked into a report',
    v2.hits.some((hit) => hit.method === 'POST') && 'a POST was replayed',
    github.violations().length > 0 && `GitHub API contract violations: ${github.violations().join('; ')}`,
  ].filter(Boolean);
  ok = problems.length === 0;
  console.log(ok
    ? `\nDemo ran as designed: the gate failed the PR on exactly ${SEEDED.join(' and ')}.`
    : `\nDemo did NOT run as designed:\n- ${problems.join('\n- ')}`);
} finally {
  await Promise.all([v1.close(), v2.close(), github.close(), s3.close()]);
}
process.exit(ok ? 0 : 1);

/** `replay-gate record` in front of v1, the demo's traffic sent through it, the session stored. */
async function recordThroughProxy(upstream: string, out: string, endpoint: string): Promise<string> {
  const store = await openOutput({ out, s3: { endpoint, region: 'us-east-1' } });
  const url = new URL(upstream);
  const proxy = await startRecordingProxy({
    upstream: { hostname: url.hostname, port: Number(url.port) },
    listen: { host: '127.0.0.1', port: 0 },
    settings: settingsOf(),
    store,
    key: Buffer.from('demo-recording-key-0123456789'),
    log: (line) => console.log(line),
  });
  for (const item of demoTraffic()) {
    const response = await fetch(proxy.url + item.path, { method: item.method, headers: item.headers, body: item.body });
    await response.arrayBuffer();
  }
  const left = await proxy.shutdown(1000, 10_000);
  if (left.length > 0) throw new Error(`the recorder could not store ${left.join(', ')}`);
  return proxy.recorder.progress();
}

function indent(text: string): string {
  return text.split('\n').map((line) => (line ? `  │ ${line}` : line)).join('\n');
}
