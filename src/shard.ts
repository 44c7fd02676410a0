import { InputError } from './errors.js';
import { unitHash } from './select/hash.js';

/** Shard `index` of `count`, 1-based: `2/4` is the matrix's second of four. */
export interface Shard {
  index: number;
  count: number;
}

/** The most shards a run splits into: far past any matrix a workflow gets runners for. */
export const MAX_SHARDS = 256;

// Membership hashes the id with its own salt: were it the ranking hash, each shard would hold
// a band of ranks, and examples (lowest ranks) would all come from shard 1.
const SHARD_SALT = 0x73686172;

/** `i/n` (the `shard` input, `--shard`), `1/1` for an unsharded run; an InputError says what to fix. */
export function parseShard(text: string, what = 'input "shard"'): Shard {
  const match = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text);
  if (!match) throw new InputError(`${what}: "${text.slice(0, 40)}" is not i/n (e.g. 2/4, shard 2 of 4)`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || count > MAX_SHARDS) throw new InputError(`${what}: ${count} shards; give 1 to ${MAX_SHARDS}`);
  if (index < 1 || index > count) throw new InputError(`${what}: shard ${index} of ${count} does not exist; shards count from 1 to ${count}`);
  return { index, count };
}

/** Which shard (1-based) an exchange belongs to: a seeded hash of its id, so every shard agrees. */
export function shardOf(id: string, seed: number, count: number): number {
  return Math.min(count, Math.floor(unitHash(id, (seed ^ SHARD_SALT) >>> 0) * count)) + 1;
}

export function shardName(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}
