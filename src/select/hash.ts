/**
 * A fast, well-mixed 53-bit string hash (cyrb53-style, written here) mapped to [0, 1).
 * Sampling and sharding key on it, so the same ids pick the same requests on every run.
 */
export function unitHash(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return ((h2 >>> 0) * 2 ** 21 + ((h1 >>> 0) >>> 11)) / 2 ** 53;
}

/**
 * The default sampling seed: a hash of the resolved snapshot name (the object key, or the chunk
 * group). Re-runs on the same snapshot replay the same requests; a new snapshot gets its own sample.
 */
export function seedOf(snapshotName: string): number {
  return Math.floor(unitHash(snapshotName) * 2 ** 32);
}
