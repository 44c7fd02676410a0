import type { SnapshotSource } from './source.js';
/**
 * A remote snapshot read twice (the selection's two passes, select/select.ts) is downloaded once:
 * the first read writes the bytes it receives, as they are (compressed, if they are), to a file
 * in the runner's temporary folder, and the second read is that file. The second pass then sees
 * exactly the bytes the first saw, however the object changes meanwhile, and costs no second
 * download (bench/spill-or-reread.ts measured it against a second GET). Local files are read
 * again as they are. `dispose` removes the files.
 */
export declare function spillRemoteParts(source: SnapshotSource): Promise<SnapshotSource & {
    folder?: string;
    dispose(): Promise<void>;
}>;
