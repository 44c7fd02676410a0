// The fixed results set behind the report golden files (test/__outputs__/), and builders for
// variations of it. Not a test file: ava runs only *.test.js.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExecutionContext } from 'ava';
import type { Difference, DifferenceKind, Severity } from '../src/compare/types.js';
import type { GateResults } from '../src/gate.js';
import type { Reproduction } from '../src/report/curl.js';
import type { MarkdownOptions } from '../src/report/markdown.js';
import { DEFAULT_CREDENTIAL_POLICY } from '../src/secrets/credential-policy.js';
import type { EndpointStats, ExampleRequest, PlaceStats } from '../src/score/types.js';

export const exampleRequest = (over: Partial<ExampleRequest> = {}): ExampleRequest => ({
  id: 'r-1', method: 'GET', url: '/api/orders/7?q=1', differences: [],
  requestHeaders: { accept: 'application/json', cookie: 'session=abc', authorization: 'Bearer prod', 'x-preview-token': 'recorded', host: 'prod.example' },
  ...over,
});

export function place(pattern: string, kind: DifferenceKind, severity: Severity, differed: number, varied = 0): PlaceStats {
  const example: Difference = { kind, path: pattern.replace('[*]', '[0]'), pattern, severity };
  return {
    pattern, kind, severity, example, regression: varied === 0,
    counts: { differed, varied, differedOnly: varied ? 0 : differed, variedOnly: varied ? varied - differed : 0 },
  };
}

export function endpointStats(endpoint: string, counts: Partial<EndpointStats>): EndpointStats {
  return { endpoint, requests: 0, compared: 0, differing: 0, breaking: 0, changed: 0, info: 0, noiseCancelled: 0, places: [], noise: [], drifted: 0, drift: [], ...counts };
}

/** A fixed run: fail verdict, three endpoints, noise, drift and two undecodable entries. */
export function fixture(): GateResults {
  const orders = endpointStats('GET /api/orders/{id}', {
    requests: 12, compared: 12, differing: 5, breaking: 4, changed: 1, noiseCancelled: 3,
    places: [place('$.items[*].sku', 'removed', 'breaking', 4), place('$.total', 'value', 'changed', 1)],
    noise: [place('$.updatedAt', 'value', 'changed', 7, 12)],
    example: exampleRequest({
      id: 'r-000123', url: '/api/orders/981?expand=items',
      differences: [
        { kind: 'removed', path: '$.items[0].sku', pattern: '$.items[*].sku', severity: 'breaking', expected: '"A-1"' },
        { kind: 'value', path: '$.total', pattern: '$.total', severity: 'changed', expected: '10', actual: '12' },
      ],
      excerpts: { expected: 'HTTP 200 application/json\n\n{\n  "total": 10\n}', actual: 'HTTP 200 application/json\n\n{\n  "total": 12\n}' },
    }),
  });
  const users = endpointStats('GET /api/users/{id}', {
    requests: 6, compared: 6, differing: 2, changed: 2, places: [place('header:cache-control', 'header', 'changed', 2)],
    drifted: 2,
    drift: [{ pattern: '$.plan', kind: 'value', requests: 2, example: { kind: 'value', path: '$.plan', pattern: '$.plan', severity: 'changed', expected: '"free"', actual: '"pro"' } }],
    example: exampleRequest({
      id: 'r-000200', url: '/api/users/5', requestHeaders: { accept: '*/*' },
      differences: [{ kind: 'header', path: 'header:cache-control', pattern: 'header:cache-control', severity: 'changed', expected: 'no-store', actual: '(absent)' }],
    }),
  });
  const health = endpointStats('GET /health', { requests: 3, compared: 3 });
  return {
    version: 1, verdict: 'fail', failOn: 'breaking', target: 'https://pr-7.preview.example',
    reason: '4 of 21 requests changed in breaking ways, on 1 endpoint: GET /api/orders/{id}',
    snapshot: {
      name: 's3://traffic/prod/2026-11-20.ndjson.gz', decodeErrors: 2, read: 23, selected: 21, skipped: { method: 2, budget: 0 }, endpoints: 3,
      decodeIssues: [
        { source: 'prod.ndjson', position: 'line 7', message: 'not JSON: Unexpected token }' },
        { source: 'prod.ndjson', position: 'line 19', message: 'request.url is missing' },
      ],
    },
    score: 66.7,
    totals: { endpoints: 3, endpointsDiffering: 2, endpointsBreaking: 1, requests: 21, compared: 21, differing: 7, breaking: 4, changed: 3, info: 0, noiseCancelled: 3 },
    endpoints: [orders, users, health],
    startedAt: '2026-11-20T10:00:00.000Z', finishedAt: '2026-11-20T10:01:00.000Z',
  };
}

/** The gate added the `headers` input's x-preview-token to every request. */
export const REPRODUCTION: Reproduction = { credentials: DEFAULT_CREDENTIAL_POLICY, addedHeaders: () => ['x-preview-token'] };

export const OPTIONS: MarkdownOptions = { checkName: 'replay-gate', reproduction: REPRODUCTION, reportUrl: 'https://github.com/octo-org/shop/actions/runs/42' };

export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('no package.json above the test');
    dir = parent;
  }
  return dir;
}

/** Compares with test/__outputs__/<name>; UPDATE_GOLDEN=1 rewrites the file (then review its diff). */
export function matchesGolden(t: ExecutionContext, name: string, actual: string): void {
  const golden = join(projectRoot(), 'test', '__outputs__', name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(golden), { recursive: true });
    writeFileSync(golden, actual);
  }
  t.true(existsSync(golden), `${golden} is missing: run the tests with UPDATE_GOLDEN=1 and review it`);
  t.is(actual, readFileSync(golden, 'utf8'));
}
