import { type GatePartial } from './partial.js';
/** The file a shard writes in its folder (`--out`, the artifact). */
export declare const PARTIAL_FILE = "partial.json";
/**
 * A partial holds latency samples counted by value, bounded examples and counted place-sets:
 * far below this, and a file past it is not one of ours.
 */
export declare const MAX_PARTIAL_BYTES: number;
/** Writes `dir/partial.json`; returns its path. */
export declare function writePartial(dir: string, partial: GatePartial): Promise<string>;
/**
 * Reads a partial from a shard's folder (its partial.json) or from a file given directly. Bad,
 * missing or foreign JSON is an InputError of one line that names the file and what is wrong.
 */
export declare function readPartial(where: string): Promise<GatePartial>;
/** What keeps a value from being a partial this version reads (its shape, not its numbers' sense); undefined when nothing. */
export declare function whyNotPartial(value: unknown): string | undefined;
