import { type S3Settings } from '../snapshot/s3.js';
import type { ChunkStore } from './store.js';
/** `s3://bucket/prefix/` as bucket and a key prefix that ends with `/` (or is empty). */
export declare function parseOutputUrl(url: string): {
    bucket: string;
    prefix: string;
};
/**
 * `--out s3://bucket/prefix/`: each chunk uploaded with lib-storage's multipart Upload (one part
 * at a time, so memory stays at one 5 MiB part), credentials from the SDK's default chain. The
 * writer needs s3:PutObject (and s3:AbortMultipartUpload to clean up a failed upload), nothing else.
 */
export declare function s3Store(url: string, settings: S3Settings, stagingDir: string): Promise<ChunkStore>;
