import { BodyCapture } from './body-capture.js';
import type { Capture } from './capture.js';
import type { RecorderSettings } from './config.js';
import { Counters, type DropReason } from './counters.js';
import type { ChunkStore } from './store.js';
/** What the proxy or the middleware holds for one sampled request while it is in flight. */
export interface Ticket {
    requestBody: BodyCapture;
    responseBody: BodyCapture;
    startedAt: number;
}
export interface RecorderDeps {
    store: ChunkStore;
    /** The redaction key (redactor.ts redactionKey). */
    key: Buffer;
    log: (line: string) => void;
    now?: () => number;
    random?: () => number;
    /** The store's retry backoff; tests shorten it. */
    backoffMs?: {
        first: number;
        max: number;
    };
}
/**
 * The recording pipeline both front ends share: sample on arrival, capture while the exchange
 * streams past, then (off the request's path) encode, redact and write. Every stage is bounded:
 * a queue of at most `queueLength` captures, `memoryBytes` of body, `spillBytes` of chunks on
 * disk. What does not fit is dropped and counted; nothing ever waits for the recorder.
 */
export declare class Recorder {
    private readonly settings;
    private readonly deps;
    readonly counters: Counters;
    private readonly sampler;
    private readonly redactor;
    private readonly budget;
    private readonly shipper;
    private readonly writer;
    private readonly queue;
    private draining;
    private readonly ticker;
    private readonly idPrefix;
    private sequence;
    private closed;
    constructor(settings: RecorderSettings, deps: RecorderDeps);
    /** How many chunks of earlier runs were found waiting on disk (and are being stored). */
    readonly recovered: Promise<number>;
    /** Called as a request arrives: a ticket when it is to be recorded. Never throws. */
    admit(method: string, url: string): Ticket | undefined;
    /** A sampled exchange that will not be recorded (client gone, upstream failed): its memory back. */
    abandon(ticket: Ticket, reason: DropReason): void;
    /** Hands a finished capture over; returns at once. */
    submit(capture: Capture): void;
    private schedule;
    private drain;
    /** Chunks stored so far, and objects waiting to be. */
    storage(): {
        stored: number;
        waiting: number;
    };
    progress(): string;
    /**
     * Stops sampling, writes what is queued, closes the session and stores it, until `deadline`
     * (epoch ms). Returns the keys that could not be stored in time (left in the staging folder).
     */
    close(deadline: number): Promise<string[]>;
    private fail;
}
