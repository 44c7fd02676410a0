import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';
import { SnapshotError } from '../errors.js';
import { chunkGroupOf, chunkNameOf, newestOf, type StoredObject } from './chunks.js';
import { finishedObjects } from './sessions.js';
import type { S3Settings } from './s3-settings.js';

export type { S3Settings } from './s3-settings.js';


export interface S3Location {
  bucket: string;
  /** An object key, or a prefix when it is empty or ends with `/`. */
  key: string;
}

export function parseS3Url(url: string): S3Location {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(url);
  if (!match) throw new SnapshotError(`snapshot "${url}" is not an s3://bucket/key URL`);
  return { bucket: match[1]!, key: match[2]! };
}

/**
 * Credentials come from the AWS SDK's default chain: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY
 * (what aws-actions/configure-aws-credentials exports, OIDC included), AWS_WEB_IDENTITY_TOKEN_FILE
 * with AWS_ROLE_ARN, shared config and credentials files (AWS_PROFILE), then container and
 * instance metadata.
 */
export function createS3Client(settings: S3Settings): S3Client {
  return new S3Client({
    ...(settings.endpoint ? { endpoint: settings.endpoint, forcePathStyle: true } : {}),
    region: settings.region || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || 'us-east-1',
    // Checksums on streamed bodies are only needed by AWS itself and corrupt streams on
    // several S3-compatible stores.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/**
 * Resolves a snapshot reference to the objects to read, in order: a key is itself; a prefix
 * (empty, or ending in `/`) is its newest object, or that object's chunk group (chunks.ts); a
 * session the recorder is still writing is passed over (sessions.ts).
 */
export async function resolveS3Objects(client: S3Client, location: S3Location): Promise<S3Location[]> {
  if (location.key !== '' && !location.key.endsWith('/')) return [location];
  const listed = await listObjects(client, location, location.key);
  const newest = newestOf(finishedObjects(listed));
  if (!newest) {
    const why = listed.length > 0 ? 'only sessions still being recorded' : 'no objects';
    throw new SnapshotError(`no snapshot under s3://${location.bucket}/${location.key}: the prefix holds ${why}`);
  }
  const chunk = chunkNameOf(newest.key);
  // The group shares the newest chunk's base, so listing that narrower prefix finds all of it.
  const keys = chunk ? (await listObjects(client, location, chunk.base)).map((object) => object.key) : [newest.key];
  return chunkGroupOf(newest.key, keys).map((key) => ({ bucket: location.bucket, key }));
}

/** Every object under `prefix`, folder markers left out; S3 pages through 1,000 keys at a time. */
async function listObjects(client: S3Client, location: S3Location, prefix: string): Promise<StoredObject[]> {
  const objects: StoredObject[] = [];
  let token: string | undefined;
  do {
    const page = await send(client, location, () =>
      client.send(new ListObjectsV2Command({ Bucket: location.bucket, Prefix: prefix, ContinuationToken: token })),
    );
    for (const object of page.Contents ?? []) {
      if (!object.Key || object.Key.endsWith('/')) continue;
      objects.push({ key: object.Key, modified: object.LastModified?.getTime() ?? 0 });
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return objects;
}

/** The object's bytes, and its ETag (what pins the snapshot a shard read; see SnapshotPart.pin). */
export async function openS3Object(client: S3Client, location: S3Location): Promise<{ body: Readable; etag: string }> {
  const object = await send(client, location, () =>
    client.send(new GetObjectCommand({ Bucket: location.bucket, Key: location.key })),
  );
  return { body: object.Body as Readable, etag: object.ETag ?? '' };
}

async function send<T>(client: S3Client, location: S3Location, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new SnapshotError(describeS3Error(error, location, client.config.endpoint ? 'the S3 endpoint' : 'S3'));
  }
}

function describeS3Error(error: unknown, { bucket, key }: S3Location, store: string): string {
  const name = (error as { name?: string; Code?: string }).Code ?? (error as Error).name;
  const where = `s3://${bucket}/${key}`;
  switch (name) {
    case 'NoSuchBucket':
      return `snapshot bucket "${bucket}" does not exist (${where}); check the snapshot input and s3-endpoint`;
    case 'NoSuchKey':
    case 'NotFound':
      return `snapshot ${where} does not exist; check the key, or end the input with / to take the newest object under a prefix`;
    case 'AccessDenied':
    case 'Forbidden':
    case 'InvalidAccessKeyId':
    case 'SignatureDoesNotMatch':
      return `access to ${where} was denied (${name}); give the workflow's AWS credentials s3:GetObject and s3:ListBucket on it`;
    case 'CredentialsProviderError':
      return `no AWS credentials found to read ${where}; configure them (e.g. aws-actions/configure-aws-credentials)`;
    default: {
      const code = (error as { code?: string }).code;
      const detail = code ?? name ?? 'error';
      return `cannot read ${where} from ${store}: ${detail}: ${(error as Error).message?.split('\n')[0] ?? ''}`.trim();
    }
  }
}
