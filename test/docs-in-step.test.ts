// action.yml, the README's tables and the code must tell one story: every input the code reads
// is declared and documented with the same default, and every output is documented.
import test from 'ava';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { readInputs } from '../src/inputs.js';
import { projectRoot } from '../stack/project-root.js';

const root = projectRoot();
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
};
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

/** The rows of the README table whose header starts with `| first |`. */
function readmeTable(first: string): Map<string, string[]> {
  const start = readme.indexOf(`| ${first} |`);
  const rows = readme.slice(start).split('\n').slice(2);
  const table = new Map<string, string[]>();
  for (const row of rows) {
    if (!row.startsWith('|')) break;
    const cells = row.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
    table.set(cells[0]!.replace(/`/g, ''), cells.slice(1));
  }
  return table;
}

test('the code reads exactly the inputs action.yml declares', (t) => {
  const asked = new Set<string>();
  readInputs((name) => {
    asked.add(name);
    return name === 'snapshot' ? 's3://b/k' : name === 'target-url' ? 'http://127.0.0.1:1' : '';
  }, root);
  t.deepEqual([...asked].sort(), Object.keys(action.inputs).sort());
});

test('every input is in the README with the default action.yml gives it', (t) => {
  const table = readmeTable('input');
  t.deepEqual([...table.keys()].sort(), Object.keys(action.inputs).sort());
  for (const [name, input] of Object.entries(action.inputs)) {
    const documented = table.get(name)![0]!;
    const expected = input.required ? 'required' : `\`${input.default === '' ? "''" : input.default}\``;
    t.is(documented, expected, name);
    t.true(input.description.length > 10, `${name} has a description`);
    if (!input.required) t.is(typeof input.default, 'string', `${name} has a quoted default`);
  }
});

test('every output is in the README, and action.yml runs the bundle on node24', (t) => {
  t.deepEqual([...readmeTable('output').keys()].sort(), Object.keys(action.outputs).sort());
  t.deepEqual(action.runs, { using: 'node24', main: 'dist/index.js' });
});
