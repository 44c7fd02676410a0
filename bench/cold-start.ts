/**
 * Cold start of the bundled action against its floor, a bundle of @actions/core alone (what any
 * JavaScript action pays to read one input), measured in the same run, alternating, as the
 * median of many fresh processes. The action is run with no inputs: it reads them, fails the step
 * with one line, and ends, so the figure is what loading dist/ costs. Target: within 2x.
 * Then the size of dist/ by package (from dist/meta.json, written by the build), split into what
 * every start loads and what loads only when used (S3, Octokit, artifacts).
 *
 *   npm run -s build && npm run -s compile && npm run bench:cold-start
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../stack/project-root.js';

const RUNS = Number(process.env.COLD_START_RUNS ?? 30);
const TARGET_RATIO = 2;
const root = projectRoot();

interface OutputMeta { bytes: number; imports: string[]; packages: Record<string, number> }

const work = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-cold-'));
try {
  const floor = path.join(work, 'core-only.mjs');
  await writeFile(path.join(work, 'core-only.ts'), "import * as core from '@actions/core';\ncore.setFailed(`Input required and not supplied: ${core.getInput('snapshot') || 'snapshot'}`);\n");
  await build({
    entryPoints: [path.join(work, 'core-only.ts')], outfile: floor, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    nodePaths: [path.join(root, 'node_modules')], logLevel: 'warning',
    banner: { js: "import { createRequire as __banner_createRequire } from 'node:module'; const require = __banner_createRequire(import.meta.url);" },
  });
  const action = path.join(root, 'dist', 'index.js');
  // No INPUT_* and no GITHUB_* : the action's own start, not the runner's environment.
  const env = { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
  const times = { action: [] as number[], floor: [] as number[] };
  for (let i = 0; i < RUNS + 2; i++) {
    for (const [name, file] of [['action', action], ['floor', floor]] as const) {
      const started = process.hrtime.bigint();
      const child = spawnSync(process.execPath, [file], { env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (child.error) throw child.error;
      if (name === 'action' && !/input "snapshot" is required/.test(String(child.stdout))) throw new Error(`dist/index.js did not end at its inputs: ${String(child.stdout)}${String(child.stderr)}`);
      if (i >= 2) times[name].push(ms); // the first two warm the disk cache
    }
  }
  const actionMs = median(times.action);
  const floorMs = median(times.floor);
  const ratio = actionMs / floorMs;
  console.log(`cold start, median of ${RUNS} (node ${process.version}):`);
  console.log(`  node dist/index.js (no inputs)   ${actionMs.toFixed(1)} ms`);
  console.log(`  @actions/core alone, bundled     ${floorMs.toFixed(1)} ms`);
  console.log(`  ratio ${ratio.toFixed(2)}x (target within ${TARGET_RATIO}x) ${ratio <= TARGET_RATIO ? 'ok' : 'OVER'}`);

  const meta = JSON.parse(await readFile(path.join(root, 'dist', 'meta.json'), 'utf8')) as Record<string, OutputMeta>;
  const eager = closure(meta, 'dist/index.js', false);
  const all = closure(meta, 'dist/index.js', true);
  console.log(`\ndist/index.js loads ${kb(sum(meta, eager))} at start; ${kb(sum(meta, all) - sum(meta, eager))} more only when used (S3 snapshot, token, artifact upload)`);
  console.log(`\nbytes by package, at start | when used:`);
  const rows = new Map<string, [number, number]>();
  for (const file of all) {
    for (const [name, bytes] of Object.entries(meta[file]!.packages)) {
      const row = rows.get(name) ?? [0, 0];
      row[eager.has(file) ? 0 : 1] += bytes;
      rows.set(name, row);
    }
  }
  for (const [name, [start, later]] of [...rows].sort((a, b) => b[1][0] + b[1][1] - a[1][0] - a[1][1]).slice(0, 25)) {
    console.log(`  ${name.padEnd(42)} ${kb(start).padStart(9)} | ${kb(later).padStart(9)}`);
  }
  if (ratio > TARGET_RATIO) process.exitCode = 1;
} finally {
  await rm(work, { recursive: true, force: true });
}

/** The output files an entry loads: static imports only, or dynamic ones too. */
function closure(meta: Record<string, OutputMeta>, entry: string, dynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !meta[file]) return;
    seen.add(file);
    for (const line of meta[file].imports) {
      const [kind, target] = line.split(' ');
      if (kind === 'import-statement' || (dynamic && kind === 'dynamic-import')) visit(target!);
    }
  };
  visit(entry);
  return seen;
}

function sum(meta: Record<string, OutputMeta>, files: Set<string>): number {
  let total = 0;
  for (const file of files) total += meta[file]!.bytes;
  return total;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} kB`;
}
