import { type PartContext } from './part.js';
import type { Exchange, RecordedResponse } from './types.js';
/** Where a payload came from, for an issue about it. */
export interface PayloadPlace {
    context: PartContext;
    position: string;
}
/**
 * Pairs GoReplay requests (type 1) with their responses (type 2) by payload id, and hands the
 * exchanges on in request order. A capture holds only requests unless GoReplay was told to
 * track responses, and a response may be written before its request, so nothing waits
 * forever: past `window` payloads, a request goes on without a recorded response and a
 * response without its request is reported. Memory stays within `window` exchanges.
 */
export declare class GorPairer {
    private readonly window;
    private readonly queue;
    /** Ids still waiting for their other half, to their place in the queue. */
    private readonly waiting;
    private next;
    constructor(window?: number);
    request(id: string, exchange: Exchange, place: PayloadPlace): Exchange[];
    response(id: string, response: RecordedResponse, place: PayloadPlace): Exchange[];
    /** The end of the snapshot: whatever still waits goes on alone. */
    flush(): Exchange[];
    private partnerOf;
    private enqueue;
    /** Hands on the head of the queue while it is paired, or while the queue is over `window`. */
    private drain;
}
