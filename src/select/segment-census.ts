/**
 * Path segments that name records without looking like ids (slugs such as `blue-running-shoe`,
 * short random ids such as `x7Kq2`) are found by their distribution over the snapshot rather than
 * by their form: at one place under one prefix, many distinct values each rarely asked for are a
 * parameter, where a handful of words each asked for often (`/api/orders`, `/api/users`) are routes.
 *
 * The census is built while the snapshot streams past (`count`, one endpoint at a time) and read
 * once the endpoints are fixed (`generalise`), so a selection that reads the snapshot in one pass
 * or in two can use it alike. Memory is bounded: MAX_PREFIXES prefixes of MAX_TRACKED values each.
 */

/** At least this many distinct values at one place under one prefix… */
export const MIN_DISTINCT = 20;
/** …and none of them asked for by more than this share of the requests there: a parameter. */
export const MAX_SHARE = 0.1;
export const SLUG = '{slug}';

// Past this many distinct values a place is plainly a parameter by count; values seen after that
// are counted in the total but not tracked one by one.
const MAX_TRACKED = 1000;
// Prefixes are few in an API (one per collection); a snapshot that makes more (nested slugs)
// leaves the rest as they are rather than growing without bound.
const MAX_PREFIXES = 10_000;

interface Place {
  total: number;
  values: Map<string, number>;
}

export class SegmentCensus {
  private readonly places = new Map<string, Place>();

  /** Counts the literal segments of an endpoint as inferred per URL (`GET /products/blue-shoe`). */
  count(endpoint: string): void {
    const { method, segments } = split(endpoint);
    // From the second segment on: the first names the API or the site's section (`/api`,
    // `/about`), and many of those are many handlers, not one.
    for (let i = 2; i < segments.length; i++) {
      const value = segments[i]!;
      if (!isLiteral(value)) continue;
      const key = placeKey(method, segments, i);
      let place = this.places.get(key);
      if (!place) {
        if (this.places.size >= MAX_PREFIXES) continue;
        this.places.set(key, (place = { total: 0, values: new Map() }));
      }
      place.total++;
      const seen = place.values.get(value);
      if (seen !== undefined) place.values.set(value, seen + 1);
      else if (place.values.size < MAX_TRACKED) place.values.set(value, 1);
    }
  }

  /** Whether the segment at `index` under these earlier segments is a parameter. */
  isParameter(method: string, segments: readonly string[], index: number): boolean {
    const place = this.places.get(placeKey(method, segments, index));
    if (!place || place.values.size < MIN_DISTINCT) return false;
    const limit = MAX_SHARE * place.total;
    for (const count of place.values.values()) if (count > limit) return false;
    return true;
  }

  /**
   * The endpoint with its parameter places named `{slug}`: `GET /products/blue-shoe/reviews`
   * becomes `GET /products/{slug}/reviews`. Places are read under the prefixes as counted, so one
   * level of slugs is found under each prefix of literal and id segments.
   */
  generalise(endpoint: string): string {
    const { method, segments } = split(endpoint);
    let changed: string[] | undefined;
    for (let i = 2; i < segments.length; i++) {
      if (!isLiteral(segments[i]!) || !this.isParameter(method, segments, i)) continue;
      changed ??= [...segments];
      changed[i] = SLUG;
    }
    return changed ? `${method} ${changed.join('/')}` : endpoint;
  }
}

function split(endpoint: string): { method: string; segments: string[] } {
  const space = endpoint.indexOf(' ');
  return { method: endpoint.slice(0, space), segments: endpoint.slice(space + 1).split('/') };
}

/** A segment inference left as it was: not empty (a trailing slash) and no parameter already. */
function isLiteral(segment: string): boolean {
  return segment !== '' && !(segment.startsWith('{') && segment.endsWith('}'));
}

function placeKey(method: string, segments: readonly string[], index: number): string {
  return `${method} ${segments.slice(0, index).join('/')}`;
}
