// The README's "Caps on hostile input" table and the code's constants must tell one story.
import test from 'ava';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_STACKED_CODINGS } from '../../src/body/content-coding.js';
import { MAX_BODY_BYTES } from '../../src/body/digest.js';
import { MAX_JSON_DEPTH } from '../../src/compare/json-depth.js';
import { PAST_BODY_CAP, TOO_DEEP } from '../../src/compare/lift.js';
import { MAX_TEXT_EDITS, TOO_MANY_EDITS } from '../../src/compare/text-diff.js';
import { MAX_PAYLOAD_BYTES } from '../../src/snapshot/gor-payloads.js';
import { MAX_ENTRY_CHARS } from '../../src/snapshot/har-scanner.js';
import { MAX_LINE_BYTES } from '../../src/snapshot/lines.js';
import { projectRoot } from '../../stack/project-root.js';

const readme = readFileSync(path.join(projectRoot(), 'README.md'), 'utf8');
const MIB = 1024 * 1024;

/** The table's rows by their first cell: the value cell. */
function caps(): Map<string, string> {
  const section = readme.slice(readme.indexOf('### Caps on hostile input'));
  const rows = section.slice(section.indexOf('| cap |')).split('\n').slice(2);
  const table = new Map<string, string>();
  for (const row of rows) {
    if (!row.startsWith('|')) break;
    const [name, value] = row.split('|').slice(1, 3).map((cell) => cell.trim());
    table.set(name!, value!);
  }
  return table;
}

test('every cap in the README has the value the code uses, and the notes are quoted as the code writes them', (t) => {
  t.true(readme.indexOf('## Security') < readme.indexOf('## Limits') && readme.indexOf('## Security') > 0);
  t.deepEqual(Object.fromEntries(caps()), {
    'decoded body': `${MAX_BODY_BYTES / MIB} MiB`,
    'stacked content codings': String(MAX_STACKED_CODINGS),
    'NDJSON line': `${MAX_LINE_BYTES / MIB} MiB`,
    'HAR entry': `${MAX_ENTRY_CHARS / MIB} Mi characters`,
    'GoReplay payload': `${MAX_PAYLOAD_BYTES / MIB} MiB`,
    'JSON depth': `${MAX_JSON_DEPTH} levels`,
    'text diff': `${MAX_TEXT_EDITS.toLocaleString('en-US')} lines added plus removed`,
  });
  for (const note of [PAST_BODY_CAP, TOO_DEEP, TOO_MANY_EDITS]) t.true(readme.includes(`\`${note}\``), note);
});
