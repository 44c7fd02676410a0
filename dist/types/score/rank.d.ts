import type { EndpointStats } from './types.js';
/**
 * Endpoints by impact: breaking requests, then differing, then informational, then noise, then
 * traffic; the name breaks ties. The one order of endpoints: the scoreboard, the verdict's reason
 * and every report use it. Reports rank again rather than trust the order of results they were
 * given (a results file from another version, merged shards).
 */
export declare function rankByImpact(endpoints: readonly EndpointStats[]): EndpointStats[];
/** The class a reader filters on: the worst thing that happened on the endpoint. */
export type EndpointClass = 'breaking' | 'changed' | 'info' | 'noise' | 'clean';
export declare function classOf(endpoint: EndpointStats): EndpointClass;
