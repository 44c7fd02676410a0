import type { EndpointStats } from '../score/types.js';

/**
 * Endpoints by impact: breaking requests, then differing, then noise, then traffic; the name
 * breaks ties so every report lists them in the same order. Merged shard results arrive
 * unsorted, so reports rank again rather than trust the order they were given.
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
