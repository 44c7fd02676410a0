import type { Difference, DifferenceKind, Severity } from '../compare/types.js';
import type { EndpointStats } from './types.js';
/**
 * One change a reviewer would name once however many endpoints show it: the same sort of change
 * at the same place pattern with the same from/to (`$[*].id` number → string; status 200 → 404;
 * a field removed), across endpoints.
 */
export interface Cause {
    kind: DifferenceKind;
    pattern: string;
    /** JSON types for `type`, statuses for `status`, media types for `content-type` (see Difference.from). */
    from?: string;
    to?: string;
    /** The worst severity it had on any endpoint. */
    severity: Severity;
    /** The endpoints that show it, most requests first (then by name). */
    endpoints: string[];
    /** Requests that showed it, over all its endpoints. */
    requests: number;
    /** Its identity as a short hash (see review/fingerprint.ts); set on the results' causes. */
    key?: string;
}
/**
 * The causes behind the endpoints' real places, worst first: by severity, then requests, then
 * endpoints, then by name so the order never depends on the order of the input. A pure function
 * of the endpoints' stats, so any scorer (or merged results) gives the same causes.
 */
export declare function causesOf(endpoints: readonly EndpointStats[]): Cause[];
/** Whether a difference is an instance of the cause. */
export declare function showsCause(d: Difference, cause: Cause): boolean;
/** The identity of a cause: its place pattern, sort of change and from/to. */
export declare function causeKey(c: Pick<Cause, 'kind' | 'pattern' | 'from' | 'to'>): string;
/** The key of the cause a difference is an instance of. */
export declare function differenceCauseKey(d: Difference): string;
/** A difference's from/to; a status or a media type was always rendered as itself, so older results read too. */
export declare function fromTo(d: Difference): [string | undefined, string | undefined];
