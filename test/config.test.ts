// The rules file: one schema validates it with messages that name the place, and the compiled
// rule book gives each endpoint its rules.
import test from 'ava';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { loadRuleBook, parseRuleBook } from '../src/config/load.js';
import { configSchema } from '../src/config/schema.js';
import { ConfigError } from '../src/errors.js';
import { projectRoot } from '../stack/project-root.js';

const full = `
ignore:
  headers: [date, x-request-id]
  paths: ["$.meta.generatedAt"]
headers: [cache-control]
routes:
  - match: "GET /api/orders/{id}"
    source: src/routes/orders.ts:42
    ignore: ["$.lastViewedAt"]
    unordered: ["$.tags", {path: "$.items", key: "sku"}]
    tolerance: {"$.total": 0.01, "$.items[*].price": "1%"}
    severity: {"$.debug": info}
redact: ["$.customer.email", "header:authorization", "query:token"]
`;

test('a full rules file compiles into per-endpoint rules', (t) => {
  const book = parseRuleBook(full, 'rules.yml');
  t.deepEqual(book.routes.map((r) => r.name), ['GET /api/orders/{id}']);
  t.is(book.sourceOf('GET /api/orders/{id}'), 'src/routes/orders.ts:42');
  t.deepEqual(book.redact, ['$.customer.email', 'header:authorization', 'query:token']);
  const orders = book.rulesFor('GET /api/orders/{id}');
  const other = book.rulesFor('GET /api/users/{id}');
  t.true(orders.ignore.some((p) => p.test('$.lastViewedAt')));
  t.true(orders.ignore.some((p) => p.test('$.meta.generatedAt')), 'global rules are inherited');
  t.true(orders.ignore.some((p) => p.test('header:x-request-id')));
  t.false(other.ignore.some((p) => p.test('$.lastViewedAt')), 'route rules stay on their route');
  t.deepEqual(orders.headers, ['cache-control']);
  t.is(orders.unordered.find((u) => u.pattern.test('$.items'))?.key, 'sku');
  t.true(orders.unordered.some((u) => u.pattern.test('$.tags') && u.key === undefined));
  t.is(orders.tolerance.find((r) => r.pattern.test('$.total'))?.absolute, 0.01);
  t.is(orders.tolerance.find((r) => r.pattern.test('$.items[*].price'))?.relative, 0.01);
  t.is(orders.severity.find((r) => r.pattern.test('$.debug'))?.severity, 'info');
});

test('an empty file means defaults', (t) => {
  const book = parseRuleBook('', 'empty.yml');
  t.deepEqual(book.routes, []);
  t.deepEqual(book.rulesFor('GET /x').ignore, []);
});

const mistakes: [string, string][] = [
  ['routes:\n  - match: "GET /a"\n  - match: "GET /b"\n  - match: "GET /c"\n    tolerance: {"$.total": "lots"}',
    'config rules.yml: routes[2].tolerance["$.total"]: expected a number or "N%", got "lots"'],
  ['tolerance: {"total": 1}', 'config rules.yml: tolerance["total"]: expected a JSON path starting with $ (e.g. "$.items[*].price") or "header:name" as the key, got "total"'],
  ['routes:\n  - ignore: ["$.a"]', 'config rules.yml: routes[0]: "match" is required'],
  ['routes:\n  - match: "orders"', 'config rules.yml: routes[0].match: expected a route template like "GET /api/orders/{id}", got "orders"'],
  ['severity: {"$.a": fatal}', 'config rules.yml: severity["$.a"]: expected one of breaking, changed, info, got "fatal"'],
  ['ignores: ["$.a"]', 'config rules.yml: ignores: unknown setting; expected one of ignore, headers, unordered, tolerance, severity, routes, latency, select, credentials, redact, expect'],
  ['unordered: [{key: sku}]', 'config rules.yml: unordered[0]: "path" is required'],
  ['ignore: "$.a"', 'config rules.yml: ignore: expected a list of paths, or {paths: [...], headers: [...]}, got "$.a"'],
  ['redact: ["password"]', 'config rules.yml: redact[0]: expected a JSON path, "header:name" or "query:name", got "password"'],
  ['ignore: ["$.items[0"]', 'config rules.yml: "$.items[0" : "[" is never closed'.replace(' : ', ': ')],
  ['routes: [', 'config rules.yml: not valid YAML:'],
  ['- just\n- a list', 'config rules.yml: (top level): expected a mapping, got a list'],
  ['expect: [{endpoint: "GET /users/{id}", change: gone}]', 'config rules.yml: expect[0].change: expected one of status, content-type, header, format, removed, added, type, value, length, order, text, bytes, no-response, got "gone"'],
  ['expect: [{endpoint: "/users", change: removed}]', 'config rules.yml: expect[0].endpoint: expected a route template like "GET /api/orders/{id}"'],
  ['expect: [{endpoint: "GET /users", place: email, change: removed}]', 'config rules.yml: expect[0].place: expected a JSON path starting with $'],
  ['expect: [{endpoint: "GET /users", place: "$.a[", change: removed}]', 'config rules.yml: expect[0].place: "$.a[": "[" is never closed'],
  ['expect: [{place: "$.a", change: removed}]', 'config rules.yml: expect[0]: "endpoint" is required'],
  ['expect: [{endpoint: "GET /a", change: removed, why: x}]', 'config rules.yml: expect[0].why: unknown setting'],
];

for (const [text, message] of mistakes) {
  test(`a mistake reads as one line naming the place: ${message.slice(18, 60)}`, (t) => {
    const error = t.throws(() => parseRuleBook(text, 'rules.yml'), { instanceOf: ConfigError });
    t.true(error!.message.startsWith(message), error!.message);
    t.false(error!.message.includes('\n'));
  });
}

test('several mistakes: the first is shown and the rest counted', (t) => {
  const error = t.throws(() => parseRuleBook('headers: [1]\nredact: [x]', 'rules.yml'));
  t.regex(error!.message, /\(and 1 more\)$/);
});

test('the default path may be missing; a path the user named may not', async (t) => {
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'rg-config-'));
  const book = await loadRuleBook('.github/replay-gate.yml', workspace);
  t.deepEqual(book.routes, []);
  await t.throwsAsync(loadRuleBook('ci/rules.yml', workspace), { instanceOf: ConfigError, message: 'config ci/rules.yml: cannot read it (ENOENT)' });
  await mkdir(path.join(workspace, '.github'));
  await writeFile(path.join(workspace, '.github', 'replay-gate.yml'), 'routes:\n  - match: "GET /api/x/{id}"\n');
  t.deepEqual((await loadRuleBook('', workspace)).routes.map((r) => r.name), ['GET /api/x/{id}']);
});

test('the published replay-gate.schema.json is the schema the loader uses', (t) => {
  const published = JSON.parse(readFileSync(path.join(projectRoot(), 'replay-gate.schema.json'), 'utf8'));
  t.deepEqual(published, JSON.parse(JSON.stringify(configSchema)));
});
