import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChunkStore } from './store.js';

/**
 * `--out DIR`: chunks are written in `DIR/.recording/` (the gate skips dot-folders) and moved into
 * DIR whole, by rename, so the gate never sees half a file.
 */
export async function folderStore(dir: string): Promise<ChunkStore> {
  const stagingDir = path.join(dir, '.recording');
  await mkdir(stagingDir, { recursive: true });
  return {
    name: dir,
    stagingDir,
    async putFile(key, file) {
      await rename(file, path.join(dir, key));
    },
    async putText(key, text) {
      const temporary = path.join(stagingDir, `${key}.tmp`);
      await writeFile(temporary, text);
      await rename(temporary, path.join(dir, key));
    },
    close() {},
  };
}
