// No call spreads an array into its arguments: `push(...x)`, `Math.max(...x)`, `fn(...x)` put
// every element on the stack and throw RangeError past about 100,000 (issue 17: the selection
// died at `chosen.push(...)` on a budget of 200,000). A loop, `concat`, or a reduce has no limit.
import * as acorn from 'acorn';
import * as walk from 'acorn-walk';
import test from 'ava';
import { transform } from 'esbuild';
import { readdir, readFile } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { codeBlock, inlineCode } from '../../src/report/escape.js';
import { projectRoot } from '../../stack/project-root.js';

const SCANNED = ['src', 'stack', 'bench'];

/**
 * Spreads reviewed as bounded, by file and the call's callee as written. Each says why; prefer
 * a loop to a new entry.
 */
const BOUNDED: ReadonlyArray<{ file: string; callee: string; why: string }> = [];

interface Spread {
  file: string;
  line: number;
  callee: string;
  text: string;
}

async function sourceFiles(dir: string, into: string[] = []): Promise<string[]> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await sourceFiles(full, into);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) into.push(full);
  }
  return into;
}

/** Every call or `new` with a spread argument in one TypeScript file, at its line in the source. */
export async function spreadsIn(file: string, source: string): Promise<Spread[]> {
  // esbuild strips the types (it keeps every call as written); acorn gives the syntax tree.
  const { code, map } = await transform(source, { loader: 'ts', format: 'esm', target: 'esnext', sourcemap: 'external', sourcefile: file });
  const sourceMap = new SourceMap(JSON.parse(map) as ConstructorParameters<typeof SourceMap>[0]);
  const tree = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
  const found: Spread[] = [];
  const visit = (node: acorn.CallExpression | acorn.NewExpression) => {
    if (!node.arguments.some((argument) => argument.type === 'SpreadElement')) return;
    const start = node.loc!.start;
    const entry = sourceMap.findEntry(start.line - 1, start.column) as { originalLine?: number };
    found.push({
      file,
      line: (entry.originalLine ?? start.line - 1) + 1,
      callee: code.slice(node.callee.start, node.callee.end),
      text: code.slice(node.start, Math.min(node.end, node.start + 100)).replace(/\s+/g, ' '),
    });
  };
  walk.simple(tree, { CallExpression: visit, NewExpression: visit });
  return found;
}

test('no call in src/, stack/ or bench/ spreads an array into its arguments', async (t) => {
  const root = projectRoot();
  const found: Spread[] = [];
  let files = 0;
  for (const dir of SCANNED) {
    for (const full of await sourceFiles(path.join(root, dir))) {
      files++;
      const file = path.relative(root, full).split(path.sep).join('/');
      for (const spread of await spreadsIn(file, await readFile(full, 'utf8'))) {
        if (!BOUNDED.some((b) => b.file === spread.file && b.callee === spread.callee)) found.push(spread);
      }
    }
  }
  t.true(files > 50, `scanned ${files} files`);
  t.deepEqual(found.map((s) => `${s.file}:${s.line}: ${s.text}`), [], 'use a loop (or concat) instead of spreading into a call');
});

test('the scan finds spreads in calls and new, and leaves rest parameters, array and object spreads alone', async (t) => {
  const source = [
    'const a: number[] = [1, 2];',
    'function f(...rest: number[]) { return rest; }',
    'const g = (...rest: number[]) => rest;',
    'class C { m(...rest: number[]) { return rest; } }',
    'const copy = [...a], object = { ...{ a } };',
    'a.push(...a);',
    'const top = Math.max(',
    '  ...a,',
    ');',
    'new Set<number>(...[a]);',
    'String.fromCharCode(...a as number[]);',
    'f(0, ...a); g(); void copy; void object; void top; void C;',
  ].join('\n');
  const found = await spreadsIn('example.ts', source);
  t.deepEqual(found.map((s) => [s.line, s.callee]), [[6, 'a.push'], [7, 'Math.max'], [10, 'new Set'.slice(4)], [11, 'String.fromCharCode'], [12, 'f']]);
});

test('a text with 300,000 backtick runs is still fenced (the fence was a Math.max over every run)', (t) => {
  const text = '`a'.repeat(299_999) + '```b';
  t.is(inlineCode(text).slice(0, 5), '`````'.slice(0, 4) + ' ');
  t.true(codeBlock(text).startsWith('````\n'));
});
