// The npm package as a user gets it: `npm pack`, installed into an empty folder, run from there
// (`replay-gate --version`, a `replay-gate run` on the demo stack), its engine imported and its
// types compiled by a consumer that checks library types. Installing it must pull nothing: the
// CLI is bundled. The installed size is printed (t.log) and held under 15 MB.
import test from 'ava';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../stack/project-root.js';
import { demoTraffic, recordTraffic } from '../stack/record.js';
import { startSampleService } from '../stack/sample-service.js';

const exec = promisify(execFile);
const root = projectRoot();
const MAX_INSTALLED_BYTES = 15 * 1024 * 1024;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface Installed { dir: string; tarball: string; files: string[]; manifest: Record<string, unknown> }
let installed: Installed;

test.before(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-package-'));
  const { stdout } = await exec(npm, ['pack', '--json', '--pack-destination', dir], { cwd: root, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  const [packed] = JSON.parse(stdout) as [{ filename: string; files: { path: string }[] }];
  const consumer = path.join(dir, 'consumer');
  await exec('mkdir', ['-p', consumer]);
  await writeFile(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // --offline: a package that needs anything from the registry fails here rather than fetching it.
  await exec(npm, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', path.join(dir, packed.filename)], { cwd: consumer, timeout: 120_000 });
  installed = {
    dir: consumer,
    tarball: path.join(dir, packed.filename),
    files: packed.files.map((f) => f.path).sort(),
    manifest: JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>,
  };
});

test.after.always(async () => {
  if (installed) await rm(path.dirname(installed.dir), { recursive: true, force: true });
});

test('the tarball holds what runs and nothing else; every bin and export target is in it', (t) => {
  const { files, manifest } = installed;
  for (const required of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/cli.js', 'dist/index.js', 'dist/engine.js', 'dist/licenses.txt', 'dist/types/engine.d.ts']) {
    t.true(files.includes(required), required);
  }
  t.false(files.some((f) => /^(src|test|stack|bench|scripts|build|node_modules)\//.test(f)), files.filter((f) => !f.startsWith('dist/')).join(' '));
  t.false(files.includes('dist/meta.json'));
  t.false(manifest.private === true, 'the package is publishable');
  t.deepEqual(manifest.dependencies ?? {}, {}, 'everything is bundled: nothing to install');
  for (const target of Object.values(manifest.bin as Record<string, string>)) t.true(files.includes(target), target);
  const exportsMap = manifest.exports as Record<string, string | { types: string; default: string }>;
  for (const [subpath, target] of Object.entries(exportsMap)) {
    for (const file of typeof target === 'string' ? [target] : [target.types, target.default]) {
      const relative = file.replace(/^\.\//, '');
      // The recorder's entry ships with its sources (src/record/); until they are here, it alone may be absent.
      if (subpath === './record' && !existsSync(path.join(root, 'src', 'record', 'index.ts'))) continue;
      t.true(files.includes(relative), `${subpath} → ${relative}`);
    }
  }
});

test('installed into an empty folder it pulls no other package and stays under 15 MB', async (t) => {
  const modules = await readdir(path.join(installed.dir, 'node_modules'));
  t.deepEqual(modules.filter((name) => !name.startsWith('.')), ['replay-gate']);
  const bytes = await folderBytes(path.join(installed.dir, 'node_modules'));
  const tarball = (await stat(installed.tarball)).size;
  t.log(`installed size ${(bytes / 1024 / 1024).toFixed(1)} MB (tarball ${(tarball / 1024 / 1024).toFixed(1)} MB)`);
  t.true(bytes <= MAX_INSTALLED_BYTES, `${bytes} bytes installed`);
});

test('replay-gate --version and a run on the demo stack, from the installed package', async (t) => {
  const bin = path.join(installed.dir, 'node_modules', '.bin', 'replay-gate');
  const version = await exec(bin, ['--version'], { cwd: installed.dir, timeout: 30_000 });
  t.is(version.stdout, `${installed.manifest.version as string}\n`);

  const v1 = await startSampleService('v1');
  t.teardown(() => v1.close());
  await writeFile(path.join(installed.dir, 'traffic.ndjson'), `${(await recordTraffic(v1.url, demoTraffic())).join('\n')}\n`);
  const pass = await exec(bin, ['run', '--snapshot', 'traffic.ndjson', '--target-url', v1.url, '--rate-limit', '0', '--json'], { cwd: installed.dir, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  const results = JSON.parse(pass.stdout) as { verdict: string; totals: { requests: number } };
  t.is(results.verdict, 'pass', pass.stderr);
  t.true(results.totals.requests > 0);
  t.true(existsSync(path.join(installed.dir, 'replay-gate-report', 'report.html')));

  const broken = await startSampleService(['stock-500']);
  t.teardown(() => broken.close());
  const fail = await exec(bin, ['run', '--snapshot', 'traffic.ndjson', '--target-url', broken.url, '--rate-limit', '0'], { cwd: installed.dir, timeout: 60_000 })
    .then(() => ({ code: 0, stdout: '' }), (error: { code: number; stdout: string }) => error);
  t.is(fail.code, 1);
  t.regex(fail.stdout, /^replay-gate fail: /);
});

test('the engine imports by the package name, and its types compile in a strict consumer', async (t) => {
  const script = "import { runGate, parseRuleBook, GateError } from 'replay-gate'; console.log(typeof runGate, typeof parseRuleBook, typeof GateError);";
  const run = await exec(process.execPath, ['--input-type=module', '-e', script], { cwd: installed.dir, timeout: 30_000 });
  t.is(run.stdout, 'function function function\n');

  await writeFile(path.join(installed.dir, 'check.ts'), [
    "import { runGate, type GateResults, type GateOptions } from 'replay-gate';",
    "const options: GateOptions = { snapshot: 'traffic.ndjson', targetUrl: 'http://127.0.0.1:1', failOn: 'breaking', maxRequests: 1, concurrency: 1, rateLimit: 0, timeoutMs: 1000, methods: new Set(['GET']), headers: {}, s3: {}, workspace: '.' };",
    'const results: Promise<GateResults> = runGate(options);',
    'export const verdict = results.then((r) => r.verdict satisfies \'pass\' | \'fail\' | \'error\');',
    '',
  ].join('\n'));
  await writeFile(path.join(installed.dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2023'], strict: true, noEmit: true,
      // Library types checked too: a declaration that names a package the install lacks fails here.
      skipLibCheck: false, types: ['node'], typeRoots: [path.join(root, 'node_modules', '@types')],
    },
    files: ['check.ts'],
  }));
  const tsc = await exec(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], { cwd: installed.dir, timeout: 60_000 })
    .then(() => ({ stdout: '', code: 0 }), (error: { stdout: string; code: number }) => error);
  t.is(tsc.code, 0, tsc.stdout);
});

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await folderBytes(full);
    else if (entry.isFile()) total += (await stat(full)).size;
  }
  return total;
}
