// Where annotations land: the route's `source` in the rules file, else the route's literal path
// found by a bounded search of the workspace, else the rules file's line for the route, else its
// line 1, else the workflow file's; never a file the repository does not have.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import { parseRuleBook } from '../src/config/load.js';
import { locateSources, shapeOf, workflowFileOf } from '../src/report/source-locator.js';

async function workspace(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-ws-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

const CONFIG = `# replay-gate rules
routes:
  - match: "GET /api/legacy/{id}"
    ignore: ["$.at"]
  - match: GET /api/cart/{id}
    source: src/cart.ts
  - match: 'GET /api/pinned/{id}'
    source: "src/pinned.ts:17"
`;

const FILES = {
  '.github/replay-gate.yml': CONFIG,
  'src/routes/orders.ts': "import { Router } from 'express';\nconst router = Router();\nrouter.get('/api/orders/:id', async (req, res) => {\n  res.json(await load(req.params.id));\n});\n",
  'src/client.ts': "export const order = (id: string) => fetch('/api/orders/' + id);\n",
  'test/orders.test.ts': "test('x', () => request(app).get('/api/orders/:id'));\n",
  'app.py': '@app.route("/api/users/<int:user_id>", methods=["GET"])\ndef user(user_id):\n    ...\n',
  'src/items.ts': "const BASE = '/api/items/';\n\nexport const item = (hash: string) => http.get(`${BASE}${hash}`);\n",
  'src/stock.go': 'package main\n\nfunc routes() {\n\tr.HandleFunc("/api/stock/{sku}", stock).Methods("GET")\n\tr.HandleFunc("/api/stock/{sku}", restock).Methods("POST")\n}\n',
  'src/pinned.ts': '// pinned\n'.repeat(20),
  'src/cart.ts': "// cart\n\n\napp.get(`/api/cart/${':id'}`, cart);\napp.get('/api/cart/:id', cart);\n",
  'node_modules/lib/index.js': "app.get('/api/health', x);\n",
  'dist/index.js': "app.get('/api/health', x);\n",
  'docs/api.md': "GET '/api/health'\n",
  'traffic.ndjson': '{"request":{"url":"/api/legacy/1"}}\n',
};

test('each endpoint gets the most telling line there is', async (t) => {
  const dir = await workspace(FILES);
  const rules = parseRuleBook(CONFIG, '.github/replay-gate.yml');
  const endpoints = [
    'GET /api/orders/{id}', 'GET /api/users/{id}', 'GET /api/items/{hash}', 'POST /api/stock/{id}', 'GET /api/cart/{id}',
    'GET /api/pinned/{id}', 'GET /api/legacy/{id}', 'GET /api/health',
  ];
  const found = await locateSources(endpoints, { workspace: dir, configPath: '.github/replay-gate.yml', sourceOf: rules.sourceOf });
  t.deepEqual(Object.fromEntries(found), {
    // Express-style parameters match the template exactly; a test file and a bare prefix rank lower.
    'GET /api/orders/{id}': { path: 'src/routes/orders.ts', line: 3, how: 'workspace search' },
    'GET /api/users/{id}': { path: 'app.py', line: 1, how: 'workspace search' },
    // Only the fixed prefix is written out in the code.
    'GET /api/items/{hash}': { path: 'src/items.ts', line: 1, how: 'workspace search' },
    // Two lines serve the path; the one that names the method wins.
    'POST /api/stock/{id}': { path: 'src/stock.go', line: 5, how: 'workspace search' },
    // `source` without a line: the route's line within that file.
    'GET /api/cart/{id}': { path: 'src/cart.ts', line: 5, how: 'config source' },
    'GET /api/pinned/{id}': { path: 'src/pinned.ts', line: 17, how: 'config source' },
    // Only in the rules file (and in a snapshot, which is not code).
    'GET /api/legacy/{id}': { path: '.github/replay-gate.yml', line: 3, how: 'config route' },
    // Only under node_modules, dist and in docs: none of them serve it.
    'GET /api/health': { path: '.github/replay-gate.yml', line: 1, how: 'config file' },
  });
});

test('the search is bounded by files and bytes read, and skips files too big to be source', async (t) => {
  const dir = await workspace({
    'a.ts': '// nothing here\n',
    'b.ts': "app.get('/api/orders/:id', h);\n",
    'big.ts': `${'x'.repeat(600 * 1024)}\napp.get('/api/big/:id', h);\n`,
  });
  await writeFile(path.join(dir, 'rules.yml'), 'ignore: []\n');
  const options = { workspace: dir, configPath: 'rules.yml' };
  const fallback = { path: 'rules.yml', line: 1, how: 'config file' };
  t.deepEqual((await locateSources(['GET /api/orders/{id}'], { ...options, limits: { files: 1 } })).get('GET /api/orders/{id}'), fallback);
  t.deepEqual((await locateSources(['GET /api/orders/{id}'], { ...options, limits: { bytes: 10 } })).get('GET /api/orders/{id}'), fallback);
  t.deepEqual((await locateSources(['GET /api/orders/{id}'], options)).get('GET /api/orders/{id}'), { path: 'b.ts', line: 1, how: 'workspace search' });
  t.deepEqual((await locateSources(['GET /api/big/{id}'], options)).get('GET /api/big/{id}'), fallback);
});

test('a source outside the workspace or a missing workspace does not break anything', async (t) => {
  const dir = await workspace({});
  const located = await locateSources(['GET /a/{id}', 'GET /b/{id}'], {
    workspace: path.join(dir, 'missing'), configPath: 'rules.yml',
    sourceOf: (endpoint) => (endpoint === 'GET /a/{id}' ? './src/../src/a.ts:0' : '../../etc/passwd:1'),
  });
  // Nothing there to point at: no annotation rather than one on a file that does not exist.
  t.is(located.get('GET /a/{id}'), undefined);
  t.is(located.get('GET /b/{id}'), undefined);
});

test('a missing rules file or source file is never annotated: the workflow file stands in, else nothing', async (t) => {
  const dir = await workspace({
    '.github/workflows/gate.yml': 'name: gate\n',
    'src/orders.ts': "app.get('/api/orders/:id', h);\n",
  });
  const options = { workspace: dir, configPath: '.github/replay-gate.yml', sourceOf: () => 'src/gone.ts:12' };
  const located = await locateSources(['GET /api/orders/{id}', 'GET /api/users/{id}'], { ...options, workflowPath: '.github/workflows/gate.yml' });
  // The source names a file that is gone: the search finds the route instead.
  t.deepEqual(located.get('GET /api/orders/{id}'), { path: 'src/orders.ts', line: 1, how: 'workspace search' });
  t.deepEqual(located.get('GET /api/users/{id}'), { path: '.github/workflows/gate.yml', line: 1, how: 'workflow file' });
  const without = await locateSources(['GET /api/users/{id}'], { ...options, workflowPath: '.github/workflows/missing.yml' });
  t.false(without.has('GET /api/users/{id}'));
  // A line past the end of the file would be refused by GitHub: the last line instead.
  t.deepEqual((await locateSources(['GET /x'], { ...options, sourceOf: () => 'src/orders.ts:99' })).get('GET /x'), { path: 'src/orders.ts', line: 2, how: 'config source' });
});

test('the workflow file comes from GITHUB_WORKFLOW_REF, relative to the repository', (t) => {
  t.is(workflowFileOf({ GITHUB_REPOSITORY: 'o/r', GITHUB_WORKFLOW_REF: 'o/r/.github/workflows/gate.yml@refs/pull/7/merge' }), '.github/workflows/gate.yml');
  t.is(workflowFileOf({ GITHUB_REPOSITORY: 'o/r', GITHUB_WORKFLOW_REF: 'other/r/.github/workflows/gate.yml@refs/heads/main' }), undefined);
  t.is(workflowFileOf({}), undefined);
});

test('route shapes agree across frameworks', (t) => {
  const shape = '/api/orders/{}';
  for (const written of ['/api/orders/:id', '/api/orders/{id}', '/api/orders/<int:id>', '/api/orders/${id}', '/api/orders/[id]', '/api/orders/*', '/api/orders/:id(\\d+)', '/api/orders/:id?expand=1']) {
    t.is(shapeOf(written), shape, written);
  }
  t.is(shapeOf('/api/orders/'), '/api/orders/');
  t.is(shapeOf('/api/orders/latest'), '/api/orders/latest');
});
