import type { ObservedResponse } from '../replay/types.js';
import type { LiftedBody } from './types.js';
/** Why a body is compared by length and hash only; shown with the difference. */
export declare const PAST_BODY_CAP = "past the 10 MiB body cap: compared by length and SHA-256 of the first 10 MiB";
export declare const TOO_DEEP = "JSON nested deeper than 512 levels: compared by length and SHA-256";
export declare function mediaType(contentType: string | undefined): string | undefined;
export declare function isJsonType(type: string | undefined): boolean;
/** Lifts a body into what its content type says it is, so it can be compared by meaning. */
export declare function liftBody(response: ObservedResponse): LiftedBody;
