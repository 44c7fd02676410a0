import { gzipSync } from 'node:zlib';

export interface TrafficItem {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * Records traffic the way a production capture would: each request sent to the service, and
 * the exchange written as one canonical NDJSON line (design §3).
 */
export async function recordTraffic(serviceUrl: string, traffic: TrafficItem[]): Promise<string[]> {
  const lines: string[] = [];
  for (const [index, item] of traffic.entries()) {
    const started = performance.now();
    const response = await fetch(serviceUrl + item.path, { method: item.method, headers: item.headers, body: item.body });
    const body = await response.text();
    lines.push(JSON.stringify({
      id: `r-${String(index + 1).padStart(6, '0')}`,
      recordedAt: new Date().toISOString(),
      request: { method: item.method, url: `https://shop.example.com${item.path}`, headers: item.headers ?? {}, body: item.body ?? null },
      response: {
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: item.method === 'HEAD' ? null : body,
        durationMs: Math.round(performance.now() - started),
      },
    }));
  }
  return lines;
}

export function ndjsonGzip(lines: string[]): Buffer {
  return gzipSync(`${lines.join('\n')}\n`);
}

/** The demo's mix: every endpoint of the sample service, busy and rare ones, plus writes to skip. */
export function demoTraffic(): TrafficItem[] {
  const traffic: TrafficItem[] = [];
  const json = { accept: 'application/json', cookie: 'session=prod-secret', authorization: 'Bearer prod-token' };
  for (let i = 0; i < 4; i++) traffic.push({ method: 'GET', path: '/api/health', headers: json });
  for (let page = 1; page <= 12; page++) traffic.push({ method: 'GET', path: `/api/products?page=${(page % 4) + 1}`, headers: json });
  for (let id = 1; id <= 24; id++) traffic.push({ method: 'GET', path: `/api/products/${id}`, headers: json });
  for (let id = 980; id < 1004; id++) traffic.push({ method: 'GET', path: `/api/orders/${id}`, headers: json });
  for (const sku of [10021, 10022, 10023, 10045, 10078, 10090]) traffic.push({ method: 'GET', path: `/api/stock/${sku}`, headers: json });
  for (let i = 0; i < 3; i++) traffic.push({ method: 'GET', path: '/about', headers: { accept: 'text/html' } });
  for (let i = 0; i < 3; i++) {
    traffic.push({ method: 'POST', path: '/api/orders', headers: { 'content-type': 'application/json' }, body: '{"sku":"SKU-1"}' });
  }
  return traffic;
}
