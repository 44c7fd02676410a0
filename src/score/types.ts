import type { Difference, DifferenceKind, Severity } from '../compare/types.js';
import type { HeaderMap } from '../snapshot/types.js';
import type { PlaceCounts } from './noise-test.js';

/** One place of an endpoint's responses (a JSON path, the status, a header) and one sort of change. */
export interface PlaceStats {
  pattern: string;
  kind: DifferenceKind;
  severity: Severity;
  counts: PlaceCounts;
  /** True when it differs clearly more than it varies by itself (see noise-test.ts). */
  regression: boolean;
  /** The first difference seen there. */
  example: Difference;
}

/** A request shown as an example of what changed. */
export interface ExampleRequest {
  id: string;
  method: string;
  url: string;
  requestHeaders: HeaderMap;
  /** The request's differences at places judged real. */
  differences: Difference[];
  excerpts?: { expected: string; actual: string };
}

export interface EndpointStats {
  endpoint: string;
  /** Requests replayed. */
  requests: number;
  /** Requests with a recorded answer to compare against. */
  compared: number;
  /** Requests with at least one real breaking or changed difference. */
  differing: number;
  breaking: number;
  changed: number;
  /** Requests whose only real differences are informational (e.g. a field added). */
  info: number;
  /** Requests that differed only at places found to be noise. */
  noiseCancelled: number;
  /** Real places, worst first. */
  places: PlaceStats[];
  /** Places found to vary by themselves. */
  noise: PlaceStats[];
  example?: ExampleRequest;
}

export interface Totals {
  endpoints: number;
  endpointsDiffering: number;
  endpointsBreaking: number;
  requests: number;
  compared: number;
  differing: number;
  breaking: number;
  changed: number;
  info: number;
  noiseCancelled: number;
}

export interface Scoreboard {
  /** Ranked by impact: breaking requests, then differing, then traffic. */
  endpoints: EndpointStats[];
  totals: Totals;
  /** Share of compared requests with no real breaking or changed difference, 0-100. */
  score: number;
}
