import type { GateResults } from '../gate.js';
import type { CheckAnnotation } from './annotations.js';
import { plainText } from './escape.js';

/** A warning on the line of each stale `expect:` entry the loader could place. */
export function staleAnnotations(results: GateResults, configPath: string): CheckAnnotation[] {
  return (results.review?.stale ?? []).filter((s) => s.line !== undefined).map((s) => ({
    path: configPath.replace(/\\/g, '/').replace(/^\.\//, ''),
    start_line: s.line!,
    end_line: s.line!,
    annotation_level: 'warning',
    title: plainText(`stale expectation: expect[${s.index}] matches no change`, 255),
    message: plainText(
      `expect[${s.index}] (${[s.endpoint, s.change, s.place].filter(Boolean).join(' ')}) matches no change of this run: the change it documents is not there (any more). Remove the entry once the change has shipped.`,
      4000,
    ),
  }));
}
