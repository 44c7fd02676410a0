import type { GateResults } from '../gate.js';
import type { EndpointStats } from '../score/types.js';
import { describeKind } from './describe-kind.js';
import { plainText } from './escape.js';
import { diffLines } from './example-section.js';
import { rankByImpact } from '../score/rank.js';
import type { SourceLocation } from './source-locator.js';

/** A check run annotation as the Checks API takes it (and as a workflow command can carry it). */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
  raw_details?: string;
}

const WHY: Record<SourceLocation['how'], string> = {
  'config source': 'the route’s `source` in the rules file',
  'workspace search': 'the route’s path found in the code',
  'config route': 'the route in the rules file',
  'config file': 'no code found for the route; add `source:` to its route in the rules file',
  'workflow file': 'no code or rules file found for the route; add `source:` to its route in the rules file',
};

/**
 * One annotation per endpoint with real differences, on the line that serves it (see
 * locateSources; an endpoint with no place in the repository gets none: the summary has it).
 * Everything in the text came from responses and snapshots, so it goes through plainText.
 */
export function endpointAnnotations(results: GateResults, locations: ReadonlyMap<string, SourceLocation>, reportUrl?: string): CheckAnnotation[] {
  return rankByImpact(results.endpoints)
    .filter((e) => e.differing > 0 && locations.has(e.endpoint))
    .map((e) => {
      const where = locations.get(e.endpoint)!;
      const annotation: CheckAnnotation = {
        path: where.path,
        start_line: where.line,
        end_line: where.line,
        annotation_level: offends(e, results) ? 'failure' : 'warning',
        title: plainText(`${e.endpoint}: ${e.breaking} breaking, ${e.changed} changed of ${e.compared} requests`, 255),
        message: plainText(messageOf(e, where, reportUrl), 4000, { oneLine: false }),
      };
      if (e.example && e.example.differences.length > 0) {
        annotation.raw_details = plainText(`${e.example.method} ${e.example.url}\n${diffLines(e.example.differences).join('\n')}`, 8000, { oneLine: false });
      }
      return annotation;
    });
}

/** Whether this endpoint is among those that fail the gate under its fail-on. */
function offends(endpoint: EndpointStats, results: GateResults): boolean {
  // Expected or accepted changes leave a pass: no annotation of it reads as a failure.
  if (results.failOn === 'never' || results.verdict === 'pass') return false;
  return results.failOn === 'changed' ? endpoint.differing > 0 : endpoint.breaking > 0;
}

function messageOf(endpoint: EndpointStats, where: SourceLocation, reportUrl?: string): string {
  const places = endpoint.places.slice(0, 5).map((p) =>
    `- ${describeKind(p.kind, p.pattern)} at ${p.pattern} on ${p.counts.differed} of ${endpoint.compared} requests (${p.severity})`);
  const more = endpoint.places.length > 5 ? [`- and ${endpoint.places.length - 5} more places`] : [];
  return [
    `${endpoint.differing} of ${endpoint.compared} replayed requests to ${endpoint.endpoint} differed in a real way (not noise):`,
    ...places,
    ...more,
    `Annotated here: ${WHY[where.how]}.`,
    ...(reportUrl ? [`Full report: ${reportUrl}`] : []),
  ].join('\n');
}
