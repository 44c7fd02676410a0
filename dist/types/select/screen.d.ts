import type { DecodeIssues, Exchange } from '../snapshot/types.js';
import { type RouteTemplate } from './endpoint.js';
import type { SelectFilter } from './filter.js';
import type { SkipReason } from './types.js';
export interface ScreenOptions {
    /** Upper-case methods that may be replayed; the rest are skipped and counted. */
    methods: ReadonlySet<string>;
    routes?: readonly RouteTemplate[];
    /** The rules file's `select:` block; absent, every replayable method and path is kept. */
    filter?: SelectFilter;
    /**
     * Why an exchange cannot be sent as recorded, or undefined when it can (replay/sendable.ts on
     * the request as the replay will build it). Such an exchange is skipped before it takes any of
     * the budget, and recorded in `issues` with its place in the snapshot.
     */
    unsendable?: {
        why: (exchange: Exchange, endpoint: string) => string | undefined;
        issues: DecodeIssues;
    };
}
/**
 * What the screen says of one exchange: the endpoint it competes in, or why it never competes.
 * `routed`: named by a configured route, and kept as named; otherwise inferred from the URL alone,
 * and the selection may still generalise it by the spread over the whole snapshot (slugs, see
 * segment-census.ts).
 */
export type Screened = {
    endpoint: string;
    routed: boolean;
} | {
    skip: Exclude<SkipReason, 'budget'>;
    why?: string;
};
/**
 * The one place an exchange is judged replayable and named its endpoint. Both passes of the
 * selection (select.ts) ask it, so they agree on every exchange; it records nothing itself, the
 * first pass does. A change to how endpoints are named (inferred slugs, say) belongs here.
 */
export declare function screenExchange(exchange: Exchange, options: ScreenOptions): Screened;
