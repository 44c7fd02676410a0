import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * This package's version, from its package.json: the one found walking up from this file, which
 * is dist/ when bundled, installed or not, and build/src/ in the tests.
 */
export function packageVersion(from = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'replay-gate' && manifest.version) return manifest.version;
    } catch {
      // No package.json here, or not ours: keep looking upward.
    }
    if (path.dirname(dir) === dir) return 'unknown';
  }
}
