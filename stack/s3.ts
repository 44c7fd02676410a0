import { PutObjectCommand } from '@aws-sdk/client-s3';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error s3rver ships no types
import S3rver from 's3rver';
import { createS3Client } from '../src/snapshot/s3.js';

/** A real S3-compatible server (s3rver) on loopback, with its own data folder. */
export interface LocalS3 {
  endpoint: string;
  /** s3rver accepts these fixed credentials. */
  credentials: { AWS_ACCESS_KEY_ID: string; AWS_SECRET_ACCESS_KEY: string };
  put(bucket: string, key: string, body: Buffer | string): Promise<void>;
  close(): Promise<void>;
}

/** `port` 0 takes any free one; a fixed one lets a test bring a store back where a client expects it. */
export async function startS3(buckets: string[], port = 0): Promise<LocalS3> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 's3rver-'));
  const server = new S3rver({
    port,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: buckets.map((name) => ({ name })),
  });
  const bound = (await server.run()) as { port: number };
  const endpoint = `http://127.0.0.1:${bound.port}`;
  const credentials = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };
  Object.assign(process.env, credentials);
  const client = createS3Client({ endpoint, region: 'us-east-1' });
  return {
    endpoint,
    credentials,
    async put(bucket, key, body) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
    },
    async close() {
      client.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
