// Text from a snapshot or a response must never form a workflow command in the log. Every line
// the action logs goes through one escaper at the sink (log-line.ts, wrapped around
// @actions/core in main.ts), and the log is read here the way the runner reads it.
import test from 'ava';
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { commandMessage, escapedLog, type LogSink, logLine, logLines } from '../../src/log-line.js';
import { runAction } from '../../stack/run-action.js';
import { projectRoot } from '../../stack/project-root.js';
import { serve } from '../helpers/local-server.js';
import { workflowCommands } from '../helpers/workflow-commands.js';

test('logLine keeps data on its one line and out of command position', (t) => {
  const cases: [string, string][] = [
    ['GET /a\n::warning::pwned', 'GET /a\\n::warning::pwned'],
    ['GET /a\r::error::pwned', 'GET /a\\r::error::pwned'],
    ['GET /a\r\n::add-mask::x', 'GET /a\\r\\n::add-mask::x'],
    ['::stop-commands::token', '\\::stop-commands::token'],
    ['   ::warning::indented', '   \\::warning::indented'],
    ['\u00a0\u2003::warning::unicode spaces', '\u00a0\u2003\\::warning::unicode spaces'],
    ['\ufeff::warning::bom', '\\uFEFF::warning::bom'],
    ['a ##[error]legacy anywhere ##[add-mask]x', 'a ##\\[error]legacy anywhere ##\\[add-mask]x'],
    ['\u001b[31mred\u001b[0m \u009b2J', '\\u001B[31mred\\u001B[0m \\u009B2J'],
    ['bidi \u202egnp.exe \u2066x\u2069 \u200b\u200d', 'bidi \\u202Egnp.exe \\u2066x\\u2069 \\u200B\\u200D'],
    ['tab\tstays', 'tab\tstays'],
    ['tag \u{E0041}', 'tag \\u{E0041}'],
  ];
  for (const [input, expected] of cases) t.is(logLine(input), expected, JSON.stringify(input));
  t.is([...logLine('x'.repeat(10_000))].length, 4000);
  t.true(logLine('x'.repeat(10_000)).endsWith('…'));
  for (const [input] of cases) t.is(logLine(logLine(input)), logLine(input), 'applying it twice changes nothing');
});

test('logLines escapes each line of a stack trace; commandMessage keeps line breaks, which @actions/core encodes', (t) => {
  t.is(logLines('Error: bad\n::warning::x\n    at f (a.js:1:1)'), 'Error: bad\n\\::warning::x\n    at f (a.js:1:1)');
  t.is(commandMessage('line one\nline two ##[error]x \u202e\r'), 'line one\nline two ##\\[error]x \\u202E\\r');
});

test('escapedLog passes every line, message and failure through the escapers, properties untouched', (t) => {
  const seen: string[] = [];
  const raw: LogSink = {
    info: (line) => seen.push(`info ${line}`),
    warning: (message, p) => seen.push(`warning ${message} ${JSON.stringify(p ?? null)}`),
    error: (message, p) => seen.push(`error ${message} ${JSON.stringify(p ?? null)}`),
    notice: (message, p) => seen.push(`notice ${message} ${JSON.stringify(p ?? null)}`),
    setFailed: (message) => seen.push(`failed ${message}`),
  };
  const log = escapedLog(raw);
  log.info('a\n::warning::b');
  log.warning('w\u202e', { title: 't' });
  log.error('e ##[x]');
  log.notice('n\u0007', { file: 'a.ts', startLine: 3 });
  log.setFailed('f\n::error::g');
  t.deepEqual(seen, [
    'info a\\n::warning::b',
    'warning w\\u202E {"title":"t"}',
    'error e ##\\[x] null',
    'notice n\\u0007 {"file":"a.ts","startLine":3}',
    'failed f\n::error::g',
  ]);
});

test('the bundled action: a snapshot name, a decode error and an endpoint carrying commands raise none', async (t) => {
  const server = await serve(t, (req, res) => {
    res.writeHead(req.url!.startsWith('/api/ok') ? 200 : 500, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
  // An S3 key or a file name is data too: the snapshot folder's newest file is named with commands.
  const name = 'x\n::warning::pwned-by-name\r##[error]pwned-legacy.ndjson';
  const exchange = (url: string, i: number) => JSON.stringify({
    id: `r-${i}`, request: { method: 'GET', url, headers: {} },
    response: { status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true}' },
  });
  const lines = [
    exchange('/api/ok', 0),
    // Latin-1 controls are sendable in a path: the endpoint's name carries them into the verdict.
    exchange('/api/x\u0085\u009b31m', 1),
    // V8 quotes the start of a line it cannot parse, raw CR included: that becomes a decode issue.
    '{"a":\r::error::pwned-by-json}',
  ];
  const run = await runAction({
    inputs: { snapshot: 'traffic/', 'target-url': server.url, 'github-token': '' },
    files: { [path.join('traffic', name)]: `${lines.join('\n')}\n` },
  });
  t.is(run.outputs.verdict, 'fail', run.stdout);
  const commands = workflowCommands(run.stdout);
  t.deepEqual(commands.filter((c) => /pwned/.test(c.data + JSON.stringify(c.properties))), [], run.stdout);
  t.deepEqual([...new Set(commands.map((c) => c.command))].sort(), ['error', 'warning']);
  t.regex(run.stdout, /^Reading snapshot traffic\/x\\n::warning::pwned-by-name\\r##\\\[error\]pwned-legacy\.ndjson \(sampling seed \d+\)$/m);
  t.regex(run.stdout, /snapshot entries could not be decoded; first: .*\\r::error::p/);
  const failed = commands.find((c) => c.command === 'error' && c.data.startsWith('replay-gate fail'));
  t.regex(failed?.data ?? '', /GET \/api\/x\\u0085\\u009B31m/);
  const annotation = commands.find((c) => c.command === 'error' && c.properties.title);
  t.regex(annotation?.properties.title ?? '', /^GET \/api\/x\\u0085\\u009B31m: 1 breaking/);
});

test('workflow-command annotations: @actions/core escapes % CR LF in messages and : , in properties too', async (t) => {
  // A child process, as the runner runs the action: its stdout is what the runner would read.
  const dir = path.join(projectRoot(), 'build', 'test', 'hostile', 'fixtures');
  await mkdir(dir, { recursive: true });
  const script = path.join(dir, 'emit-annotations.mjs');
  await writeFile(script, `
import * as core from '@actions/core';
import { emitWorkflowAnnotations } from '../../../src/github/workflow-annotations.js';
import { escapedLog } from '../../../src/log-line.js';
const annotations = JSON.parse(process.argv[2]);
emitWorkflowAnnotations(annotations, escapedLog(core));
`);
  const hostile = {
    path: 'src/a,b:c%0A.ts', start_line: 3, end_line: 3, annotation_level: 'failure',
    title: 'GET /x: 100%, a,b::warning::t', message: 'line one\n::error::pwned\r\n%0A 50% ##[error]legacy',
  };
  const { stdout } = await promisify(execFile)(process.execPath, [script, JSON.stringify([hostile, { ...hostile, annotation_level: 'warning' }])], { cwd: projectRoot() });
  const commands = workflowCommands(stdout);
  t.deepEqual(commands.map((c) => c.command), ['error', 'warning'], stdout);
  for (const c of commands) {
    t.deepEqual(c.properties, { title: hostile.title, file: hostile.path, line: '3', endLine: '3' });
    t.is(c.data, 'line one\n::error::pwned\n%0A 50% ##\\[error]legacy');
  }
});
