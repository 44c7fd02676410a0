import type { DifferenceKind } from '../compare/types.js';
import type { Expectation } from './types.js';
/** An `expect:` entry as written in the rules file (after validation against configSchema). */
export interface ExpectEntry {
    endpoint: string;
    place?: string;
    change: DifferenceKind;
    from?: string;
    to?: string;
    reason?: string;
}
/**
 * Compiles an entry: the endpoint is a route template matched as `routes[].match` matches
 * requests (`{name}` or `*` for any one segment, `*` for any method), against the endpoint a
 * cause was seen on; the place is a rules-file path pattern (or `status`/`body`, which are
 * places of their own). Throws an Error naming the entry when a pattern cannot compile.
 */
export declare function compileExpectation(entry: ExpectEntry, index: number): Expectation;
