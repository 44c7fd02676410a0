import os from 'node:os';
import path from 'node:path';
import type { S3Settings } from '../snapshot/s3.js';
import { folderStore } from './folder-store.js';
import { s3Store } from './s3-store.js';
import type { ChunkStore } from './store.js';

export interface OutputOptions {
  /** `s3://bucket/prefix/` or a local folder. */
  out: string;
  s3?: S3Settings;
  /** Where S3 chunks wait on disk (default a folder under the system's temp folder). */
  spillDir?: string;
}

export function openOutput(options: OutputOptions, cwd = process.cwd()): Promise<ChunkStore> {
  if (options.out.startsWith('s3://')) {
    const spill = options.spillDir ?? path.join(os.tmpdir(), `replay-gate-record-${process.pid}`);
    return s3Store(options.out, options.s3 ?? {}, path.resolve(cwd, spill));
  }
  return folderStore(path.resolve(cwd, options.out));
}
