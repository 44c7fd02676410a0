import type { RecordedRequest } from '../snapshot/types.js';
export declare class OriginSet {
    private pattern?;
    private readonly bases;
    private readonly withRecorded;
    /** `bases`: absolute URLs without query (a target URL with its base path counts as one). */
    constructor(bases: readonly string[]);
    /**
     * This set plus the origin the request was recorded at: where its URL was absolute, else the
     * scheme-less `host` it was sent with. Sets are shared between requests of one origin.
     */
    forRequest(request: RecordedRequest): OriginSet;
    /** Whether two unequal strings are equal once every own base in them reads as one. */
    same(a: string, b: string): boolean;
    normalise(text: string): string;
}
