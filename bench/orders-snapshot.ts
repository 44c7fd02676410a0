// The synthetic snapshot the large-snapshot benches read: six endpoints of an orders API in
// fixed proportions, every answer what bench/replay-throughput-server.ts serves, a tenth of the
// recordings differing from it (status `closed`), so a run has something real to find.
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

const SERVED = {
  id: 981, status: 'open', customer: { id: 503, name: 'Customer 3' },
  items: [{ sku: 'SKU-1', qty: 2, price: 12.5 }, { sku: 'SKU-4', qty: 1, price: 40 }],
  total: 65, updatedAt: '2026-11-24T10:00:00.000Z',
};
const SAME = JSON.stringify(SERVED);
const CHANGED = JSON.stringify({ ...SERVED, status: 'closed' });

/** Exchange `i` of the snapshot, as one NDJSON line. */
export function orderLine(i: number): string {
  const kind = i % 20;
  const id = 1000 + ((i * 7919) % 50_000);
  const url = kind < 9 ? `/api/orders/${id}?expand=items` : kind < 14 ? `/api/products/${id % 500}` : kind < 17 ? `/api/products?page=${1 + (i % 20)}`
    : kind < 19 ? `/api/stock/${10_000 + (id % 90)}` : i % 40 === 19 ? '/api/health' : `/api/customers/${id % 97}/orders`;
  return JSON.stringify({
    id: `r-${String(i).padStart(8, '0')}`,
    request: { method: 'GET', url, headers: { accept: 'application/json' }, body: null },
    response: { status: 200, headers: { 'content-type': 'application/json' }, body: i % 10 === 3 ? CHANGED : SAME, durationMs: 5 + (i % 40) },
  });
}

/** Writes `count` exchanges to `file` as gzipped NDJSON, a thousand lines a write. */
export async function writeOrdersSnapshot(count: number, file: string): Promise<void> {
  const batches = Readable.from((function* () {
    for (let start = 0; start < count; start += 1000) {
      let text = '';
      for (let i = start; i < Math.min(count, start + 1000); i++) text += `${orderLine(i)}\n`;
      yield text;
    }
  })());
  await pipeline(batches, createGzip({ level: 1 }), createWriteStream(file));
}
