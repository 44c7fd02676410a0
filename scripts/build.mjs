// Bundles the action (dist/index.js), and writes the rules file's JSON Schema for editors
// (replay-gate.schema.json) from its one source, src/config/schema.ts.
import { build } from 'esbuild';
import { rm, writeFile } from 'node:fs/promises';

// The AWS SDK and others call require() lazily; ESM bundles need one.
const banner = "import { createRequire as __banner_createRequire } from 'node:module'; const require = __banner_createRequire(import.meta.url);";

await rm('dist', { recursive: true, force: true });
await build({
  // dist/cli.js is the package's bin (replay-gate inspect|convert ...); the same engine as the action.
  // dist/record.js is `replay-gate/record`, the in-process recorder for Node servers.
  entryPoints: { index: 'src/index.ts', cli: 'src/cli/index.ts', record: 'src/record/index.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: banner },
  legalComments: 'none',
  logLevel: 'warning',
});

const schemaModule = await build({ entryPoints: ['src/config/schema.ts'], bundle: true, format: 'esm', write: false, logLevel: 'warning' });
const { configSchema } = await import(`data:text/javascript;base64,${Buffer.from(schemaModule.outputFiles[0].text).toString('base64')}`);
await writeFile('replay-gate.schema.json', `${JSON.stringify(configSchema, null, 2)}\n`);
