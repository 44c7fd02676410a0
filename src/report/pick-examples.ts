import { type Cause, causeKey, differenceCauseKey } from '../score/causes.js';
import type { EndpointStats, ExampleRequest } from '../score/types.js';

export interface PickedExample {
  endpoint: EndpointStats;
  example: ExampleRequest;
  /** The causes it is the first example of, worst first. */
  shows: Cause[];
}

interface Candidate {
  endpoint: EndpointStats;
  example: ExampleRequest;
  keys: Set<string>;
}

/**
 * The worked examples: each shows a cause no earlier one showed, causes taken worst first, and
 * for each the example of the highest-ranked endpoint that has one. A pure function of the
 * ranked endpoints and their causes, so two runs pick the same (the examples themselves are
 * chosen by seeded rank in the scorer). Reports render it again for each size they try, so it
 * indexes the examples by cause rather than searching them once per cause.
 */
export function pickExamples(ranked: readonly EndpointStats[], causes: readonly Cause[], max: number): PickedExample[] {
  const byCause = new Map<string, Candidate[]>();
  const pool: Candidate[] = [];
  for (const endpoint of ranked) {
    if (endpoint.differing === 0 && endpoint.info === 0) continue;
    for (const example of [endpoint.example, ...(endpoint.otherExamples ?? [])]) {
      if (!example) continue;
      const candidate = { endpoint, example, keys: new Set(example.differences.map(differenceCauseKey)) };
      pool.push(candidate);
      for (const key of candidate.keys) {
        const list = byCause.get(key);
        if (list) list.push(candidate);
        else byCause.set(key, [candidate]);
      }
    }
  }
  const known = new Map(causes.map((c) => [causeKey(c), c]));
  const picked: PickedExample[] = [];
  const shown = new Set<string>();
  const used = new Set<Candidate>();
  for (const cause of causes) {
    if (picked.length >= max) break;
    const key = causeKey(cause);
    if (shown.has(key)) continue;
    const found = byCause.get(key)?.find((c) => !used.has(c));
    if (!found) continue;
    used.add(found);
    const shows = [...found.keys].filter((k) => known.has(k) && !shown.has(k)).map((k) => known.get(k)!);
    for (const k of found.keys) shown.add(k);
    shows.sort((a, b) => causes.indexOf(a) - causes.indexOf(b));
    picked.push({ endpoint: found.endpoint, example: found.example, shows });
  }
  // An example that shows none of the causes (results written by another version) is still an
  // example of its endpoint; one that shows only causes shown already would repeat them.
  for (const c of pool) {
    if (picked.length >= max) break;
    if (used.has(c) || c.example !== c.endpoint.example) continue;
    if ([...c.keys].some((k) => known.has(k))) continue;
    picked.push({ endpoint: c.endpoint, example: c.example, shows: [] });
  }
  return picked;
}
