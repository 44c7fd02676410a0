// `replay-gate record` flag mistakes are one line each, naming the flag, and exit 1.
import test from 'ava';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../stack/project-root.js';

const CLI = path.join(projectRoot(), 'dist', 'cli.js');

function record(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, 'record', ...args], { env: { ...process.env, ...env }, timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const base = ['--upstream', 'http://127.0.0.1:3000', '--out', '/tmp/never-written', '--listen', '127.0.0.1:0'];

test('each flag mistake is one line that says what to fix', async (t) => {
  const cases: [string[], RegExp, Record<string, string>?][] = [
    [['--out', 'x'], /--upstream is required/],
    [['--upstream', 'http://127.0.0.1:3000'], /--out is required/],
    [[...base, '--sample', '120%'], /--sample "120%" must be a share such as 5% or 0\.05/],
    [[...base, '--per-endpoint=-1'], /--per-endpoint "-1" must be a whole number/],
    [[...base, '--methods', 'GET,BR3W'], /--methods: "BR3W" is not an HTTP method/],
    [[...base, '--max-body-bytes', String(64 * 1024 * 1024)], /--max-body-bytes .* past the gate's body cap/],
    [['--upstream', 'https://x.example/api', '--out', 'x'], /--upstream .* must be http:\/\/host:port/],
    [[...base, '--listen', 'nowhere'], /--listen "nowhere" must be HOST:PORT/],
    [[...base, '--bogus'], /record: Unknown option '--bogus'/],
    [base, /REPLAY_GATE_RECORD_KEY must be at least 16 characters/, { REPLAY_GATE_RECORD_KEY: 'short' }],
  ];
  for (const [args, message, env] of cases) {
    const { code, stderr } = await record(args, env);
    // Exit 2, as for every subcommand's mistakes: nothing was recorded, nothing judged.
    t.is(code, 2, args.join(' '));
    t.regex(stderr, message);
    t.is(stderr.trim().split('\n').length, 1, stderr);
  }
});

test('--help describes every flag', async (t) => {
  const { code, stdout } = await record(['--help']);
  t.is(code, 0);
  for (const flag of ['--upstream', '--listen', '--out', '--sample', '--per-endpoint', '--methods', '--include', '--exclude', '--redact-header', '--redact-query', '--redact-json', '--max-body-bytes', '--chunk-mb', '--chunk-minutes', '--session-minutes', '--spill-dir', '--spill-mb', '--drain-seconds', '--store-seconds', '--health', '--s3-endpoint']) {
    t.true(stdout.includes(flag), flag);
  }
});
