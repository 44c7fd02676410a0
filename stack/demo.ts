/**
 * The whole gate on one machine: s3rver, the sample service in two versions, a local GitHub API,
 * a snapshot recorded from v1, and the bundled action run against v2 exactly as the Actions
 * runner runs it. Exits 0 when the gate did what it is designed to: fail on the two seeded
 * regressions and name exactly those endpoints.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startGitHubApi } from './github-api.js';
import { demoTraffic, ndjsonGzip, recordTraffic } from './record.js';
import { startS3 } from './s3.js';
import { startSampleService } from './sample-service.js';

// The AWS SDK warns on Node 20 about its future Node 22 floor; the runner uses Node 24.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const SEEDED = ['GET /api/orders/{id}', 'GET /api/stock/{id}'];
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const nodeBinary = process.env.REPLAY_GATE_NODE || process.execPath;

const work = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-demo-'));
const s3 = await startS3(['traffic']);
const v1 = await startSampleService('v1');
const v2 = await startSampleService('v2');
const github = await startGitHubApi();
let ok = false;
try {
  console.log(`s3rver ${s3.endpoint}, service v1 ${v1.url}, v2 ${v2.url}, GitHub API ${github.url}`);
  const lines = await recordTraffic(v1.url, demoTraffic());
  lines.splice(7, 0, '{"id":"r-broken","request":{"method":"GET","url":'); // a truncated capture line
  await s3.put('traffic', 'snapshots/shop/2026-11-24.ndjson.gz', ndjsonGzip(lines));
  console.log(`Recorded ${lines.length} lines from v1 into s3://traffic/snapshots/shop/2026-11-24.ndjson.gz`);

  const headSha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
  const eventPath = path.join(work, 'event.json');
  await writeFile(eventPath, JSON.stringify({
    action: 'synchronize',
    number: 42,
    pull_request: { number: 42, head: { sha: headSha, ref: 'feature/v2' }, base: { ref: 'main' } },
    repository: { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' } },
  }));
  const outputPath = path.join(work, 'github-output');
  const summaryPath = path.join(work, 'step-summary.md');
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');

  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...s3.credentials,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: headSha,
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.url,
    GITHUB_WORKSPACE: work,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: work,
    'INPUT_SNAPSHOT': 's3://traffic/snapshots/shop/',
    'INPUT_TARGET-URL': v2.url,
    'INPUT_S3-ENDPOINT': s3.endpoint,
    'INPUT_AWS-REGION': 'us-east-1',
    'INPUT_GITHUB-TOKEN': 'ghs_demo_token',
    'INPUT_FAIL-ON': 'breaking',
    'INPUT_HEADERS': 'x-preview-token: demo-secret-value',
    'INPUT_CHECK-NAME': 'replay-gate',
  };
  console.log(`\n$ ${path.basename(nodeBinary)} dist/index.js   (Node ${await nodeVersion()})\n`);
  const child = await promisify(execFile)(nodeBinary, [path.join(root, 'dist', 'index.js')], { env, cwd: work }).catch(
    (error: { stdout: string; stderr: string; code: number }) => error,
  );
  process.stdout.write(indent(child.stdout));
  process.stderr.write(indent(child.stderr));

  const outputs = parseOutputs(await readFile(outputPath, 'utf8'));
  const comment = github.comments.find((c) => c.body.includes('<!-- replay-gate:'));
  const checkRun = [...github.checkRuns.values()][0];
  console.log('\n── Outputs ──');
  for (const [name, value] of Object.entries(outputs)) console.log(`${name}=${value}`);
  console.log(`\n── Check run "${checkRun?.name}": ${checkRun?.status} / ${checkRun?.conclusion}: ${checkRun?.output.title} (${checkRun?.output.annotations.length ?? 0} annotations)`);
  console.log('\n── PR comment ──\n');
  console.log(comment?.body ?? '(none posted)');
  console.log(`── Reports ──\nJSON results: ${outputs['report-path']}\nJob summary: ${summaryPath}`);

  const results = JSON.parse(await readFile(outputs['report-path'] ?? '', 'utf8')) as { endpoints: { endpoint: string; breaking: number }[] };
  const breaking = results.endpoints.filter((e) => e.breaking > 0).map((e) => e.endpoint).sort();
  const problems = [
    outputs.verdict !== 'fail' && `verdict is ${outputs.verdict}, expected fail`,
    JSON.stringify(breaking) !== JSON.stringify(SEEDED) && `breaking endpoints are ${breaking.join(', ') || 'none'}, expected ${SEEDED.join(', ')}`,
    checkRun?.conclusion !== 'failure' && `check run concluded ${checkRun?.conclusion}`,
    !comment && 'no PR comment was posted',
    comment?.body.includes('demo-secret-value') && 'the secret header value leaked into the comment',
    v2.hits.some((hit) => hit.startsWith('POST')) && 'a POST was replayed',
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

function parseOutputs(text: string): Record<string, string> {
  // GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks.
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

function indent(text: string): string {
  return text.split('\n').map((line) => (line ? `  │ ${line}` : line)).join('\n');
}

async function nodeVersion(): Promise<string> {
  const { stdout } = await promisify(execFile)(nodeBinary, ['--version']);
  return stdout.trim();
}
