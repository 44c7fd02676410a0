import type { SkipReason } from './sampler.js';
import type { EncodeFailure } from './encode.js';
/**
 * Why a sampled exchange was not written: each counted, never silent. 'unparsed': the proxy
 * could not follow its connection's bytes as HTTP/1.1 (they still passed through, untouched).
 */
export type DropReason = EncodeFailure | 'queue' | 'spill-full' | 'no-response' | 'unparsed' | 'error';
export declare class Counters {
    seen: number;
    recorded: number;
    readonly skipped: Map<SkipReason, number>;
    readonly dropped: Map<DropReason, number>;
    skip(reason: SkipReason): void;
    drop(reason: DropReason): void;
    get droppedTotal(): number;
}
/** `record: 1200 recorded, 3 dropped (queue 3), 4.2 MB written, 2 chunks stored, 1 waiting (0.3 MB)` */
export declare function progressLine(counters: Counters, written: {
    bytes: number;
    stored: number;
    waiting: number;
    waitingBytes: number;
}): string;
