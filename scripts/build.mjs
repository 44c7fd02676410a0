// Builds everything dist/ holds, from one table of entry points: the action (dist/index.js), the
// CLI (dist/cli.js, the package's bin), the engine and the recorder (the package's exports), their
// type declarations (dist/types/), the licences of every package bundled into them
// (dist/licenses.txt), and the rules file's JSON Schema for editors (replay-gate.schema.json)
// from its one source, src/config/schema.ts. Everything written is a pure function of the
// sources and node_modules: CI rebuilds and fails on any difference.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { licenceNotices } from './licences.mjs';

// --out DIR builds into DIR/dist and DIR/replay-gate.schema.json instead, so a release check can
// compare a fresh build with the committed one without touching the files tests are running.
const { values: flags } = parseArgs({ options: { out: { type: 'string' } } });
const out = flags.out ?? '.';
const dist = path.join(out, 'dist');

// The AWS SDK and others call require() lazily; ESM bundles need one.
const banner = "import { createRequire as __banner_createRequire } from 'node:module'; const require = __banner_createRequire(import.meta.url);";

// One line per file dist/ exposes. `types` entries get declarations under dist/types/.
const ENTRIES = [
  { name: 'index', source: 'src/index.ts' }, // action.yml runs it
  { name: 'cli', source: 'src/cli/index.ts', bin: true }, // replay-gate <command>
  { name: 'engine', source: 'src/engine.ts', types: true }, // import { runGate } from 'replay-gate'
  { name: 'record', source: 'src/record/index.ts', types: true }, // import ... from 'replay-gate/record'
];
const entries = ENTRIES;

await rm(dist, { recursive: true, force: true });
const result = await build({
  entryPoints: Object.fromEntries(entries.map((entry) => [entry.name, entry.source])),
  outdir: dist,
  bundle: true,
  // Shared code goes into chunks and each dynamic import() into its own: the action starts by
  // parsing only what every run needs; the S3, Octokit and artifact clients load when used.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: banner },
  // The notices are collected whole into dist/licenses.txt instead of scattered comments.
  legalComments: 'none',
  // @actions/http-client and @actions/github each carry undici 6 for their proxy agent and fetch;
  // the replay client is undici 7, whose ProxyAgent and fetch they use the same way. One copy.
  alias: { undici: './node_modules/undici' },
  metafile: true,
  logLevel: 'warning',
});
for (const entry of entries.filter((e) => e.bin)) await chmod(path.join(dist, `${entry.name}.js`), 0o755);

const inputs = Object.keys(result.metafile.inputs);
await writeFile(path.join(dist, 'licenses.txt'), await licenceNotices(inputs));
// The bench reads it for the size by package; small, and as deterministic as the bundle.
await writeFile(path.join(dist, 'meta.json'), `${JSON.stringify(sizeByOutput(result.metafile, dist), null, 1)}\n`);

const typed = entries.filter((entry) => entry.types).map((entry) => entry.source);
if (typed.length > 0) {
  // tsc takes no file list beside a tsconfig.json: a throwaway one, for these entries only.
  const config = `.tsconfig-types-${process.pid}.json`;
  await writeFile(config, JSON.stringify({
    extends: './tsconfig.json',
    compilerOptions: { declaration: true, emitDeclarationOnly: true, noEmit: false, rootDir: 'src', outDir: path.join(dist, 'types'), sourceMap: false },
    include: [],
    files: typed,
  }));
  try {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', config], { stdio: 'inherit' });
  } finally {
    await rm(config, { force: true });
  }
}

const schemaModule = await build({ entryPoints: ['src/config/schema.ts'], bundle: true, format: 'esm', write: false, logLevel: 'warning' });
const { configSchema } = await import(`data:text/javascript;base64,${Buffer.from(schemaModule.outputFiles[0].text).toString('base64')}`);
await mkdir(out, { recursive: true });
await writeFile(path.join(out, 'replay-gate.schema.json'), `${JSON.stringify(configSchema, null, 2)}\n`);

/** For each output file (named as from the project root: dist/...): its bytes, and the bytes each package put into it. */
function sizeByOutput(metafile, dist) {
  const named = (file) => path.posix.join('dist', path.relative(dist, file).split(path.sep).join('/'));
  const outputs = {};
  for (const [file, output] of Object.entries(metafile.outputs).sort(([a], [b]) => a.localeCompare(b))) {
    const packages = {};
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageOf(input) ?? 'replay-gate';
      packages[name] = (packages[name] ?? 0) + bytesInOutput;
    }
    outputs[named(file)] = { bytes: output.bytes, imports: output.imports.filter((i) => !i.external).map((i) => `${i.kind} ${named(i.path)}`).sort(), packages };
  }
  return outputs;
}

function packageOf(input) {
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!(?:.*\/)?node_modules\/)/.exec(input);
  return match?.[1];
}
