import { type ChildProcess, execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from './project-root.js';

export interface ActionRun {
  exitCode: number;
  /** The signal that ended the process, when one did (the timeout's SIGTERM, say). */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** What the step wrote to GITHUB_STEP_SUMMARY. */
  summary: string;
  /** The folder used as workspace and RUNNER_TEMP. */
  work: string;
}

export interface ActionRunOptions {
  /** Action inputs by their action.yml names. */
  inputs: Record<string, string>;
  /** Extra environment, e.g. AWS credentials or GITHUB_API_URL. */
  env?: Record<string, string>;
  /** The GitHub event payload; a pull_request event for PR 42 by default. */
  event?: Record<string, unknown>;
  eventName?: string;
  node?: string;
  /** Files to create in the workspace before the run, by relative path. */
  files?: Record<string, string | Buffer>;
  /** Called with the running process, e.g. to send it the runner's cancel signals. */
  onSpawn?: (child: ChildProcess) => void;
  /** The process is killed (SIGKILL, as the runner does last) past this; 120 s by default. */
  timeoutMs?: number;
}

export const HEAD_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
/** The workflow that runs the gate, as checked out in the workspace. */
export const WORKFLOW_FILE = '.github/workflows/replay-gate.yml';

export function pullRequestEvent(number = 42, headSha = HEAD_SHA): Record<string, unknown> {
  return {
    action: 'synchronize',
    number,
    pull_request: { number, head: { sha: headSha, ref: 'feature' }, base: { ref: 'main' } },
    repository: { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' } },
  };
}

/** Runs the bundled action (dist/index.js) in a child process exactly as the Actions runner does. */
export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-run-'));
  const eventPath = path.join(work, 'event.json');
  const outputPath = path.join(work, 'github-output');
  const summaryPath = path.join(work, 'step-summary.md');
  await writeFile(eventPath, JSON.stringify(options.event ?? pullRequestEvent()));
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');
  const files = { [WORKFLOW_FILE]: 'name: replay-gate\non: pull_request\n', ...options.files };
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(work, name)), { recursive: true });
    await writeFile(path.join(work, name), content);
  }

  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_WORKFLOW_REF: `acme/shop/${WORKFLOW_FILE}@refs/pull/42/merge`,
    GITHUB_SHA: HEAD_SHA,
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: work,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: work,
    ...options.env,
  };
  // The runner turns `target-url` into INPUT_TARGET-URL: upper case, spaces to underscores.
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  const result = await new Promise<{ code: number; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      options.node ?? process.execPath,
      [path.join(projectRoot(), 'dist', 'index.js')],
      { env, cwd: work, timeout: options.timeoutMs ?? 120_000, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        const signal = (error as { signal?: NodeJS.Signals | null } | null)?.signal ?? null;
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, signal, stdout, stderr });
      },
    );
    options.onSpawn?.(child);
  });
  return {
    exitCode: result.code,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: parseOutputs(await readFile(outputPath, 'utf8')),
    summary: await readFile(summaryPath, 'utf8'),
    work,
  };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!;
  return outputs;
}
