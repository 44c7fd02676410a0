import type { SelectedExchange } from '../select/types.js';
import type { HeaderMap } from '../snapshot/types.js';

/** A response as the gate saw it (or as the snapshot recorded it), body decoded. */
export interface ObservedResponse {
  status: number;
  headers: HeaderMap;
  /** The decoded body; only its first `maxBodyBytes` when `bodyDigest` is set. */
  body: Buffer;
  /** Present when the body was over the size cap: then it is compared by length and hash. */
  bodyDigest?: { bytes: number; sha256: string };
  durationMs?: number;
}

/** One attempt to get an answer: a response, or why there was none. */
export type Answer = { response: ObservedResponse; error?: undefined } | { response?: undefined; error: string };

/** Everything learnt about one selected exchange. */
export interface ReplayOutcome {
  selected: SelectedExchange;
  /** What production answered when the traffic was recorded. */
  recorded?: ObservedResponse;
  /** The candidate asked twice: the second answer shows what varies on its own. */
  candidate: [Answer, Answer];
}

/** What the replay stage sends; its origin is always the target's. */
export interface OutgoingRequest {
  method: string;
  /** Path and query, starting with `/`. */
  path: string;
  headers: HeaderMap;
  body?: Buffer;
}
