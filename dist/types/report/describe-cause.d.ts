import type { Cause } from '../score/causes.js';
/** How a report writes data (a code span) and its own words (escaped text). */
export interface Ink {
    code: (text: string) => string;
    text: (text: string) => string;
}
/**
 * What changed, in a reviewer's words: "`$[*].id` became a string (was a number)",
 * "status `200 → 404`", "content type `application/json → text/html`", "field removed `$.x`".
 */
export declare function describeCause(cause: Pick<Cause, 'kind' | 'pattern' | 'from' | 'to'>, ink: Ink): string;
/** "on 3 endpoints, 350 requests" or "on `GET /x`, 12 requests". */
export declare function describeReach(cause: Pick<Cause, 'endpoints' | 'requests'>, ink: Ink): string;
