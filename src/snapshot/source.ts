import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { SnapshotError } from '../errors.js';
import { createS3Client, openS3Object, parseS3Url, resolveS3Object, type S3Settings } from './s3.js';

/** Where the snapshot bytes come from, already resolved to one object or file. */
export interface SnapshotSource {
  /** The s3:// URL or file path, for messages and reports. */
  name: string;
  open(): Promise<Readable>;
}

export interface SourceOptions {
  s3: S3Settings;
  /** Relative file paths are taken from here (GITHUB_WORKSPACE in Actions). */
  workspace: string;
}

export async function resolveSnapshot(reference: string, options: SourceOptions): Promise<SnapshotSource> {
  if (reference.startsWith('s3://')) {
    const client = createS3Client(options.s3);
    const location = await resolveS3Object(client, parseS3Url(reference));
    return {
      name: `s3://${location.bucket}/${location.key}`,
      open: () => openS3Object(client, location),
    };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(reference)) {
    throw new SnapshotError(`snapshot "${reference}" is neither s3://bucket/key nor a path in the workspace`);
  }
  const file = path.resolve(options.workspace, reference);
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new SnapshotError(`snapshot file ${reference} does not exist (looked in ${options.workspace})`);
  if (!info.isFile()) throw new SnapshotError(`snapshot ${reference} is not a file`);
  return { name: reference, open: async () => createReadStream(file) };
}
