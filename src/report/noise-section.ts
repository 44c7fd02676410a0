import { ignoreSnippet, type NoisyPlace } from '../score/suggest.js';
import { plural } from '../verdict/verdict.js';
import { cell, NAME_CHARS } from './endpoint-table.js';
import { clip, codeBlock, inlineCode } from './escape.js';

const MAX_ROWS = 50;

/**
 * Noise that was cancelled, as a rules snippet that stops comparing it at all (ready to paste),
 * and the counts behind each place, collapsed.
 */
export function noiseSection(noisy: readonly NoisyPlace[], configPath: string): string[] {
  const snippet = ignoreSnippet(noisy);
  const rows = noisy.slice(0, MAX_ROWS).map(({ endpoint, place }) =>
    `| ${cell(inlineCode(clip(endpoint, NAME_CHARS)))} | ${cell(inlineCode(clip(place.pattern, NAME_CHARS)))} | ${place.counts.differed} | ${place.counts.varied} |`);
  const more = noisy.length > MAX_ROWS ? ['', `_${noisy.length - MAX_ROWS} more in the full report._`] : [];
  const places = plural(noisy.length, 'place');
  return [
    `### Noise cancelled`,
    '',
    `${places} varied between two answers of the same side, so differences there were not counted.` +
      (snippet ? ` To stop comparing ${noisy.length === 1 ? 'it' : 'them'} at all, add this to ${inlineCode(configPath)}:` : ''),
    ...(snippet ? ['', codeBlock(snippet, 'yaml')] : []),
    '',
    `<details><summary>Where the noise is (${places})</summary>`,
    '',
    '| Endpoint | Place | Differed | Varied by itself |',
    '|---|---|---:|---:|',
    ...rows,
    ...more,
    '',
    '</details>',
  ];
}
