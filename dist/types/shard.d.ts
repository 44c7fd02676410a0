/** Shard `index` of `count`, 1-based: `2/4` is the matrix's second of four. */
export interface Shard {
    index: number;
    count: number;
}
/** The most shards a run splits into: far past any matrix a workflow gets runners for. */
export declare const MAX_SHARDS = 256;
/** `i/n` (the `shard` input, `--shard`), `1/1` for an unsharded run; an InputError says what to fix. */
export declare function parseShard(text: string, what?: string): Shard;
/** Which shard (1-based) an exchange belongs to: a seeded hash of its id, so every shard agrees. */
export declare function shardOf(id: string, seed: number, count: number): number;
export declare function shardName(shard: Shard): string;
