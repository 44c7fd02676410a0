import type { ShownBody } from '../compare/redact.js';
import type { Difference, DifferenceKind, Severity } from '../compare/types.js';
import type { HeaderMap } from '../snapshot/types.js';
import type { LatencyStats } from './latency.js';
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
  /**
   * What the place changed from and to, with how many requests each (at most a few per place,
   * most requests first): `number` → `string` and `number` → `boolean` at one place are two
   * causes. Optional so older results still read.
   */
  changes?: PlaceChange[];
}

/** One sort of change at a place, with its from/to (see Difference.from): what causes group on. */
export interface PlaceChange {
  kind: DifferenceKind;
  from?: string;
  to?: string;
  severity: Severity;
  requests: number;
}

/**
 * Requests of an endpoint with the same set of query-parameter names (`_page,_limit`), so a
 * reviewer sees which parameters behave differently.
 */
export interface VariantStats {
  /** The parameter names, sorted; empty for no query. `other` holds what is past the bound. */
  params: string[];
  other?: true;
  requests: number;
  differing: number;
  breaking: number;
  /** A request of this variant that really differed (lowest seeded rank). */
  example?: ExampleRequest;
}

export interface DriftStats {
  pattern: string;
  kind: DifferenceKind;
  /** Requests that drifted there. */
  requests: number;
  example: Difference;
}

/** A request shown as an example of what changed. */
export interface ExampleRequest {
  id: string;
  method: string;
  url: string;
  requestHeaders: HeaderMap;
  /** The request's body as it may be shown (compare/redact.ts requestBody); absent without one. */
  requestBody?: ShownBody;
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
  /** Requests that differ from the recording where they do not differ from the baseline. */
  drifted: number;
  /** Where the recording and the baseline disagree: environment or data drift, never this PR's doing. */
  drift: DriftStats[];
  example?: ExampleRequest;
  /**
   * Examples of the endpoint's other real places (one request each, worst places first, not
   * repeating `example`), so the reports can pick examples that cover distinct causes.
   */
  otherExamples?: ExampleRequest[];
  /** By query-parameter names, most requests first; only when the endpoint has more than one. */
  variants?: VariantStats[];
  /** Response times against the baseline or the recording (see score/latency.ts). */
  latency?: LatencyStats;
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
  /** Ranked by impact (see rank.ts): the order every report shows. */
  endpoints: EndpointStats[];
  totals: Totals;
  /** Share of compared requests with no real breaking or changed difference, 0-100. */
  score: number;
}
