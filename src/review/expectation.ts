import { compilePathPattern } from '../compare/path-pattern.js';
import type { DifferenceKind } from '../compare/types.js';
import { configuredEndpoint, parseRouteTemplate } from '../select/endpoint.js';
import type { CauseUnit, Expectation } from './types.js';

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
export function compileExpectation(entry: ExpectEntry, index: number): Expectation {
  const at = `expect[${index}]`;
  const template = parseRouteTemplate(entry.endpoint);
  if (!template) throw new Error(`${at}.endpoint: expected a route template like "GET /api/orders/{id}", got ${JSON.stringify(entry.endpoint)}`);
  let place: ((pattern: string) => boolean) | undefined;
  if (entry.place === 'status' || entry.place === 'body') {
    const wanted = entry.place;
    place = (pattern) => pattern === wanted;
  } else if (entry.place !== undefined) {
    try {
      const compiled = compilePathPattern(entry.place);
      place = (pattern) => compiled.test(pattern);
    } catch (error) {
      throw new Error(`${at}.place: ${(error as Error).message}`);
    }
  }
  const expectation: Expectation = {
    index,
    endpoint: template.name,
    change: entry.change,
    matches: (unit: CauseUnit) => {
      if (unit.kind !== entry.change) return false;
      if (entry.from !== undefined && unit.from !== entry.from) return false;
      if (entry.to !== undefined && unit.to !== entry.to) return false;
      if (place && !place(unit.pattern)) return false;
      const space = unit.endpoint.indexOf(' ');
      return space > 0 && configuredEndpoint(unit.endpoint.slice(0, space), unit.endpoint.slice(space + 1), [template]) !== undefined;
    },
  };
  if (entry.place !== undefined) expectation.place = entry.place;
  if (entry.from !== undefined) expectation.from = entry.from;
  if (entry.to !== undefined) expectation.to = entry.to;
  if (entry.reason !== undefined) expectation.reason = entry.reason;
  return expectation;
}
