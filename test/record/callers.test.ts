// A snapshot the recorder wrote keeps callers apart by keyed hashes of their credentials, and
// `replay-gate inspect` counts them, without the snapshot or the gate ever holding a token.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import { summarize } from '../../src/cli/inspect.js';
import { Redactor } from '../../src/record/redactor.js';
import type { Exchange } from '../../src/snapshot/types.js';

test('requests of one caller carry one keyed hash; inspect counts callers, and no token is in the snapshot', async (t) => {
  const redactor = new Redactor({ headers: [], query: [], json: [] }, Buffer.from('a-recording-key-of-32-bytes-long'));
  const tokens = ['Bearer alice-token-1', 'Bearer bob-token-22', 'Bearer carol-token-333'];
  const exchanges: Exchange[] = [];
  for (let i = 0; i < 12; i++) {
    const exchange: Exchange = {
      id: `r${i}`,
      request: { method: 'GET', url: `/api/orders/${i}`, headers: { accept: 'application/json', authorization: tokens[i % 3]! }, body: null },
      response: { status: 200, headers: {}, body: '{}' },
    };
    exchanges.push(redactor.redact(exchange));
  }
  exchanges.push({ id: 'anon', request: { method: 'GET', url: '/api/orders/99', headers: {}, body: null } });
  const hashes = new Set(exchanges.map((e) => e.request.headers.authorization).filter(Boolean));
  t.is(hashes.size, 3, 'one stand-in per caller');
  const text = `${exchanges.map((e) => JSON.stringify(e)).join('\n')}\n`;
  for (const token of tokens) t.false(text.includes(token.slice(7)), token);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-callers-'));
  await writeFile(path.join(dir, 'traffic.ndjson'), text);
  const summary = await summarize('traffic.ndjson', { endpoint: '', region: '' }, dir);
  t.deepEqual(summary.callers, { distinct: 3, requests: 12 });
});
