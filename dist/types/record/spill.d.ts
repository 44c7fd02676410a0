import type { Shipper } from './shipper.js';
/**
 * Chunks a previous run left in the staging folder (it was killed, or S3 stayed down past its
 * shutdown deadline): each finished chunk is stored, then its session is marked complete with
 * `"recovered": true`, so what was recorded is not lost. A `.part` file is a chunk cut off
 * mid-write, never stored; it is removed. Returns how many chunks were found.
 */
export declare function recoverSpill(stagingDir: string, shipper: Shipper, log: (line: string) => void): Promise<number>;
