import type { ChunkStore } from './store.js';
/**
 * `--out DIR`: chunks are written in `DIR/.recording/` (the gate skips dot-folders) and moved into
 * DIR whole, by rename, so the gate never sees half a file.
 */
export declare function folderStore(dir: string): Promise<ChunkStore>;
