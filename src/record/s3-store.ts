import { Upload } from '@aws-sdk/lib-storage';
import { createReadStream } from 'node:fs';
import { mkdir, unlink } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { createS3Client, type S3Settings } from '../snapshot/s3.js';
import type { ChunkStore } from './store.js';

/** `s3://bucket/prefix/` as bucket and a key prefix that ends with `/` (or is empty). */
export function parseOutputUrl(url: string): { bucket: string; prefix: string } {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(url);
  if (!match || !match[1]) throw new InputError(`--out "${url}" is not s3://bucket/prefix/`);
  const prefix = match[2]!;
  return { bucket: match[1], prefix: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/` };
}

/**
 * `--out s3://bucket/prefix/`: each chunk uploaded with lib-storage's multipart Upload (one part
 * at a time, so memory stays at one 5 MiB part), credentials from the SDK's default chain. The
 * writer needs s3:PutObject (and s3:AbortMultipartUpload to clean up a failed upload), nothing else.
 */
export async function s3Store(url: string, settings: S3Settings, stagingDir: string): Promise<ChunkStore> {
  const { bucket, prefix } = parseOutputUrl(url);
  const client = createS3Client(settings);
  await mkdir(stagingDir, { recursive: true });
  const upload = async (key: string, body: string | ReturnType<typeof createReadStream>) => {
    await new Upload({ client, params: { Bucket: bucket, Key: `${prefix}${key}`, Body: body }, queueSize: 1, leavePartsOnError: false }).done();
  };
  return {
    name: `s3://${bucket}/${prefix}`,
    stagingDir,
    async putFile(key, file) {
      const stream = createReadStream(file);
      try {
        await upload(key, stream);
      } finally {
        stream.destroy();
      }
      await unlink(file);
    },
    putText: (key, text) => upload(key, text),
    close: () => client.destroy(),
  };
}
