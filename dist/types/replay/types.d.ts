import type { BodyDigest } from '../body/digest.js';
import type { SelectedExchange } from '../select/types.js';
import type { HeaderMap } from '../snapshot/types.js';
/** A response as the gate saw it (or as the snapshot recorded it), body decoded. */
export interface ObservedResponse {
    status: number;
    headers: HeaderMap;
    /** The decoded body; empty when `bodyDigest` stands for it. */
    body: Buffer;
    /** Present when the body, decoded, was over the size cap: then it is compared by length and hash. */
    bodyDigest?: BodyDigest;
    durationMs?: number;
}
/**
 * One attempt to get an answer: a response, or why there was none. `answered` says whether any
 * of an answer had arrived before it failed (then the target may have acted on the request, and
 * it is never sent again); absent where the failure is not the transport's (e.g. still throttled).
 */
export type Answer = {
    response: ObservedResponse;
    error?: undefined;
    answered?: undefined;
} | {
    response?: undefined;
    error: string;
    answered?: boolean;
};
/** Everything learnt about one selected exchange. */
export interface ReplayOutcome {
    selected: SelectedExchange;
    /** What production answered when the traffic was recorded. */
    recorded?: ObservedResponse;
    /**
     * Whether the side that shows what varies on its own (the baseline, else the candidate) was
     * asked twice whatever it answered: the calibration requests of each endpoint (see
     * AskingPlan). Absent means paired, as every request was before adaptive asking.
     */
    paired?: boolean;
    /**
     * The candidate's answers: two when paired without a baseline (the second shows what varies
     * on its own), else one.
     */
    candidate: Answer[];
    /**
     * The known-good deployment's answers, when `baseline-url` is given: two when paired, else one;
     * none when the candidate's answer matched the recording on an endpoint where the baseline
     * never told anything the recording did not (then the recording is the reference).
     */
    baseline?: Answer[];
    /** One more ask of each side, made when the first candidate answer differed: a flake must repeat to count. */
    confirmation?: {
        candidate: Answer;
        baseline?: Answer;
    };
}
/** What the replay stage sends; its origin is always the target's. */
export interface OutgoingRequest {
    method: string;
    /** Path and query, starting with `/`. */
    path: string;
    headers: HeaderMap;
    body?: Buffer;
}
