import type { EndpointStats } from './types.js';

/**
 * Endpoints by impact: breaking requests, then differing, then informational, then noise, then
 * traffic; the name breaks ties. The one order of endpoints: the scoreboard, the verdict's reason
 * and every report use it. Reports rank again rather than trust the order of results they were
 * given (a results file from another version, merged shards).
 */
export function rankByImpact(endpoints: readonly EndpointStats[]): EndpointStats[] {
  return [...endpoints].sort(
    (a, b) =>
      b.breaking - a.breaking || b.differing - a.differing || b.info - a.info ||
      b.noiseCancelled - a.noiseCancelled || b.requests - a.requests || (a.endpoint < b.endpoint ? -1 : a.endpoint > b.endpoint ? 1 : 0),
  );
}

/** The class a reader filters on: the worst thing that happened on the endpoint. */
export type EndpointClass = 'breaking' | 'changed' | 'info' | 'noise' | 'clean';

export function classOf(endpoint: EndpointStats): EndpointClass {
  if (endpoint.breaking > 0) return 'breaking';
  if (endpoint.differing > 0) return 'changed';
  if (endpoint.info > 0) return 'info';
  if (endpoint.noiseCancelled > 0) return 'noise';
  return 'clean';
}
