// Bundles the action (dist/index.js) and the CLI (dist/cli.js) as self-contained ESM files.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

// The AWS SDK and others call require() lazily; ESM bundles need one.
const banner = "import { createRequire as __banner_createRequire } from 'node:module'; const require = __banner_createRequire(import.meta.url);";

await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: banner },
  legalComments: 'none',
  logLevel: 'warning',
});
