/**
 * The bytes all captures together may hold: in flight and waiting to be encoded. A capture that
 * cannot get more stops keeping bytes (its exchange is then dropped and counted), so a burst of
 * large bodies costs a bounded amount of memory, never a delayed answer.
 */
export declare class MemoryBudget {
    readonly limit: number;
    used: number;
    constructor(limit: number);
    take(bytes: number): boolean;
    release(bytes: number): void;
}
/**
 * One body as it streams past: the first `cap` bytes kept, every byte counted, and past the cap
 * the SHA-256 of its first MAX_BODY_BYTES, the digest the gate compares a long body by
 * (src/body/digest.ts). Observes only: the chunks are the stream's own, never copied or held back.
 */
export declare class BodyCapture {
    private readonly cap;
    private readonly budget;
    private readonly parts;
    kept: number;
    bytes: number;
    /** The memory budget ran out: the body is incomplete, and the exchange must not be recorded. */
    starved: boolean;
    private hash;
    private hashed;
    constructor(cap: number, budget: MemoryBudget);
    add(chunk: Buffer): void;
    /** The body when it was kept whole. */
    whole(): Buffer | undefined;
    /** Past the cap: its digest, as the gate would compute it for the whole body. */
    digest(): {
        bytes: number;
        sha256: string;
    } | undefined;
    /** Gives the kept bytes back to the budget; after this the capture holds nothing. */
    free(): void;
    /** The body could not be observed whole: the exchange will be dropped, counted. */
    spoil(): void;
    private starve;
}
