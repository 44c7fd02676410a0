import type { S3Settings } from '../snapshot/s3.js';
import type { ChunkStore } from './store.js';
export interface OutputOptions {
    /** `s3://bucket/prefix/` or a local folder. */
    out: string;
    s3?: S3Settings;
    /** Where S3 chunks wait on disk (default a folder under the system's temp folder). */
    spillDir?: string;
}
export declare function openOutput(options: OutputOptions, cwd?: string): Promise<ChunkStore>;
