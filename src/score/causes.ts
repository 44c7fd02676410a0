import type { Difference, DifferenceKind, Severity } from '../compare/types.js';
import type { EndpointStats, PlaceChange } from './types.js';

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

const RANK: Record<Severity, number> = { breaking: 0, changed: 1, info: 2 };

/**
 * The causes behind the endpoints' real places, worst first: by severity, then requests, then
 * endpoints, then by name so the order never depends on the order of the input. A pure function
 * of the endpoints' stats, so any scorer (or merged results) gives the same causes.
 */
export function causesOf(endpoints: readonly EndpointStats[]): Cause[] {
  const causes = new Map<string, Cause & { perEndpoint: Map<string, number> }>();
  for (const endpoint of endpoints) {
    for (const place of endpoint.places) {
      for (const change of changesOf(place)) {
        const key = causeKey({ ...change, pattern: place.pattern });
        let cause = causes.get(key);
        if (!cause) {
          cause = { kind: change.kind, pattern: place.pattern, severity: change.severity, endpoints: [], requests: 0, perEndpoint: new Map() };
          if (change.from !== undefined) cause.from = change.from;
          if (change.to !== undefined) cause.to = change.to;
          causes.set(key, cause);
        }
        if (RANK[change.severity] < RANK[cause.severity]) cause.severity = change.severity;
        cause.requests += change.requests;
        cause.perEndpoint.set(endpoint.endpoint, (cause.perEndpoint.get(endpoint.endpoint) ?? 0) + change.requests);
      }
    }
  }
  const out = [...causes.values()].map(({ perEndpoint, ...cause }) => ({
    ...cause,
    endpoints: [...perEndpoint].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([name]) => name),
  }));
  return out.sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] || b.requests - a.requests || b.endpoints.length - a.endpoints.length ||
      compare(a.pattern, b.pattern) || compare(a.kind, b.kind) || compare(a.from ?? '', b.from ?? '') || compare(a.to ?? '', b.to ?? ''),
  );
}

/** Whether a difference is an instance of the cause. */
export function showsCause(d: Difference, cause: Cause): boolean {
  return differenceCauseKey(d) === causeKey(cause);
}

/** The identity of a cause: its place pattern, sort of change and from/to. */
export function causeKey(c: Pick<Cause, 'kind' | 'pattern' | 'from' | 'to'>): string {
  return `${c.pattern}\u0000${c.kind}\u0000${c.from ?? ''}\u0000${c.to ?? ''}`;
}

/** The key of the cause a difference is an instance of. */
export function differenceCauseKey(d: Difference): string {
  const [from, to] = fromTo(d);
  return `${d.pattern}\u0000${d.kind}\u0000${from ?? ''}\u0000${to ?? ''}`;
}

/** A difference's from/to; a status or a media type was always rendered as itself, so older results read too. */
export function fromTo(d: Difference): [string | undefined, string | undefined] {
  const rendered = d.kind === 'status' || d.kind === 'content-type';
  return [d.from ?? (rendered ? d.expected : undefined), d.to ?? (rendered ? d.actual : undefined)];
}

/** A place's from/to tally; results from before it was kept have the place's first difference only. */
function changesOf(place: EndpointStats['places'][number]): PlaceChange[] {
  if (place.changes && place.changes.length > 0) return place.changes;
  const change: PlaceChange = { kind: place.example.kind ?? place.kind, severity: place.severity, requests: place.counts.differed };
  const [from, to] = fromTo(place.example);
  if (from !== undefined) change.from = from;
  if (to !== undefined) change.to = to;
  return [change];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
