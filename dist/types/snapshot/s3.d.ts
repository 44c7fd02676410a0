import { S3Client } from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';
import type { S3Settings } from './s3-settings.js';
export type { S3Settings } from './s3-settings.js';
export interface S3Location {
    bucket: string;
    /** An object key, or a prefix when it is empty or ends with `/`. */
    key: string;
}
export declare function parseS3Url(url: string): S3Location;
/**
 * Credentials come from the AWS SDK's default chain: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY
 * (what aws-actions/configure-aws-credentials exports, OIDC included), AWS_WEB_IDENTITY_TOKEN_FILE
 * with AWS_ROLE_ARN, shared config and credentials files (AWS_PROFILE), then container and
 * instance metadata.
 */
export declare function createS3Client(settings: S3Settings): S3Client;
/**
 * Resolves a snapshot reference to the objects to read, in order: a key is itself; a prefix
 * (empty, or ending in `/`) is its newest object, or that object's chunk group (chunks.ts); a
 * session the recorder is still writing is passed over (sessions.ts).
 */
export declare function resolveS3Objects(client: S3Client, location: S3Location): Promise<S3Location[]>;
/** The object's bytes, and its ETag (what pins the snapshot a shard read; see SnapshotPart.pin). */
export declare function openS3Object(client: S3Client, location: S3Location): Promise<{
    body: Readable;
    etag: string;
}>;
