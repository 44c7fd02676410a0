import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { SnapshotError } from '../errors.js';
import { chunkGroupOf, groupName, newestOf, type StoredObject } from './chunks.js';
import { finishedObjects } from './sessions.js';
import type { S3Settings } from './s3-settings.js';

/** One object or file of a snapshot. */
export interface SnapshotPart {
  /** The s3:// URL or file path, for messages and decode issues. */
  name: string;
  open(): Promise<Readable>;
  /** Fetched over the network (S3): read twice, it is spilled to disk on the first read (spill.ts). */
  remote?: boolean;
  /**
   * What pins the bytes read, for shards that must all read the same snapshot: an S3 object's
   * ETag as its first read saw it, a file's SHA-256 (never its mtime: shards run on other machines).
   */
  pin?: () => Promise<string>;
}

/** Where the snapshot bytes come from: one object or file, or the chunks of one recording, in order. */
export interface SnapshotSource {
  /** For reports, and the default sampling seed: the object, or the chunk group. */
  name: string;
  parts: SnapshotPart[];
}

export interface SourceOptions {
  s3: S3Settings;
  /** Relative file paths are taken from here (GITHUB_WORKSPACE in Actions). */
  workspace: string;
}

/**
 * `s3://bucket/key` is that object; `s3://bucket/prefix/` and a folder in the workspace are their
 * newest object, or that object's chunk group (chunks.ts), never a session still being recorded
 * (sessions.ts); any other path is that file.
 */
export async function resolveSnapshot(reference: string, options: SourceOptions): Promise<SnapshotSource> {
  if (reference.startsWith('s3://')) {
    // The AWS SDK is most of the bundle: loaded only for a snapshot that lives in S3, so a run
    // from a file (and every run's start) does not pay for it (dist/ is split at this import).
    const { createS3Client, openS3Object, parseS3Url, resolveS3Objects } = await import('./s3.js');
    const client = createS3Client(options.s3);
    const location = parseS3Url(reference);
    const objects = await resolveS3Objects(client, location);
    return {
      name: groupName(`s3://${location.bucket}/`, objects.map((o) => o.key)),
      parts: objects.map((object) => {
        let etag = '';
        return {
          name: `s3://${object.bucket}/${object.key}`,
          open: async () => {
            const opened = await openS3Object(client, object);
            etag = opened.etag;
            return opened.body;
          },
          remote: true,
          pin: async () => etag,
        };
      }),
    };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(reference)) {
    throw new SnapshotError(`snapshot "${reference}" is neither s3://bucket/key nor a path in the workspace`);
  }
  const file = path.resolve(options.workspace, reference);
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new SnapshotError(`snapshot file ${reference} does not exist (looked in ${options.workspace})`);
  if (info.isDirectory()) return resolveFolder(reference, file);
  if (!info.isFile()) throw new SnapshotError(`snapshot ${reference} is not a file`);
  return { name: reference, parts: [filePart(reference, file)] };
}

async function resolveFolder(reference: string, folder: string): Promise<SnapshotSource> {
  const files: StoredObject[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    files.push({ key: entry.name, modified: (await stat(path.join(folder, entry.name))).mtimeMs });
  }
  const newest = newestOf(finishedObjects(files));
  if (!newest) throw new SnapshotError(`no snapshot in folder ${reference}: it holds ${files.length > 0 ? 'only sessions still being recorded' : 'no files'}`);
  const names = chunkGroupOf(newest.key, files.map((f) => f.key));
  const prefix = reference.endsWith('/') || reference.endsWith(path.sep) ? reference : `${reference}/`;
  return { name: groupName(prefix, names), parts: names.map((name) => filePart(`${prefix}${name}`, path.join(folder, name))) };
}

function filePart(name: string, file: string): SnapshotPart {
  return { name, open: async () => createReadStream(file), pin: () => sha256Of(file) };
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
