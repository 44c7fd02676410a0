/**
 * A fast, well-mixed 53-bit string hash (cyrb53-style, written here) mapped to [0, 1).
 * Sampling and sharding key on it, so the same ids pick the same requests on every run.
 */
export declare function unitHash(text: string, seed?: number): number;
/**
 * The default sampling seed: a hash of the resolved snapshot name (the object key, or the chunk
 * group). Re-runs on the same snapshot replay the same requests; a new snapshot gets its own sample.
 */
export declare function seedOf(snapshotName: string): number;
