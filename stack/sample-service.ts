import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small shop API. v1 has no regression; v2 carries both seeded ones: GET /api/orders/{id}
 * lost its `customer` field and GET /api/stock/{id} answers 500. Everything else differs
 * between any two answers only in noise: timestamps, request ids, a changing view counter.
 */
/** Seeded regressions, plus 'stock-level-moved': data that changed in the environment, not the code. */
export type Regression = 'orders-customer-removed' | 'stock-500' | 'stock-level-moved';
export type ServiceVersion = 'v1' | 'v2' | Regression[];

function regressionsOf(version: ServiceVersion): Set<Regression> {
  if (version === 'v1') return new Set();
  if (version === 'v2') return new Set(['orders-customer-removed', 'stock-500']);
  return new Set(version);
}

export interface SampleService {
  url: string;
  /** Requests served so far, as they arrived. */
  hits: { method: string; url: string; headers: Record<string, string | string[] | undefined> }[];
  close(): Promise<void>;
}

type Handler = (match: RegExpExecArray, url: URL) => { status: number; body: unknown; type?: string };

function product(id: number) {
  const names = ['kettle', 'teapot', 'mug', 'strainer', 'tray', 'cosy'];
  return { id, name: `${names[id % names.length]} ${id}`, price: Math.round(((id * 37) % 90) + 9.99 * 100) / 100, tags: ['kitchen', id % 2 ? 'sale' : 'new'] };
}

function routes(regressions: Set<Regression>): [RegExp, Handler][] {
  return [
    [/^\/api\/health$/, () => ({ status: 200, body: { status: 'ok', checkedAt: new Date().toISOString(), requestId: randomUUID() } })],
    [/^\/api\/products$/, (_, url) => {
      const page = Number(url.searchParams.get('page') ?? '1');
      return {
        status: 200,
        body: {
          items: [1, 2, 3, 4].map((i) => product((page - 1) * 4 + i)),
          page,
          meta: { generatedAt: new Date().toISOString(), traceId: `tr-${Math.random().toString(36).slice(2, 12)}` },
        },
      };
    }],
    [/^\/api\/products\/(\d+)$/, (m) => ({ status: 200, body: { ...product(Number(m[1])), views: 1000 + Math.floor(Math.random() * 50) } })],
    [/^\/api\/orders\/(\d+)$/, (m) => {
      const id = Number(m[1]);
      const order: Record<string, unknown> = {
        id,
        status: id % 3 === 0 ? 'shipped' : 'open',
        customer: { id: 500 + (id % 7), name: `Customer ${id % 7}` },
        items: [product(id % 10), product((id + 3) % 10)].map((p) => ({ sku: `SKU-${p.id}`, qty: 1 + (id % 3), price: p.price })),
        total: 42.5 + id,
        updatedAt: new Date().toISOString(),
      };
      if (regressions.has('orders-customer-removed')) delete order.customer;
      return { status: 200, body: order };
    }],
    [/^\/api\/stock\/(\d+)$/, (m) =>
      regressions.has('stock-500')
        ? { status: 500, body: { error: 'internal', message: 'stock backend timeout' } }
        : { status: 200, body: { sku: m[1], available: (Number(m[1]) % 20) + (regressions.has('stock-level-moved') ? 3 : 0), warehouse: 'north' } }],
    [/^\/about$/, () => ({ status: 200, type: 'text/html; charset=utf-8', body: '<!doctype html>\n<h1>About the shop</h1>\n<p>Tea things since 1999.</p>\n' })],
  ];
}

/** The service's answer to one request: the same routes for node:http, Express and Fastify front ends. */
export interface SampleAnswer {
  status: number;
  contentType: string;
  text: string;
}

export function sampleAnswers(version: ServiceVersion): (url: URL) => SampleAnswer {
  const table = routes(regressionsOf(version));
  return (url) => {
    const found = table.map(([pattern, handler]) => [pattern.exec(url.pathname), handler] as const).find(([m]) => m);
    const answer = found ? found[1](found[0]!, url) : { status: 404, body: { error: 'not found' } };
    return { status: answer.status, contentType: answer.type ?? 'application/json', text: answer.type ? String(answer.body) : JSON.stringify(answer.body) };
  };
}

/** `before` sees each request first (an in-process recorder, say). */
export async function startSampleService(version: ServiceVersion, before?: (req: IncomingMessage, res: ServerResponse) => void): Promise<SampleService> {
  const answerFor = sampleAnswers(version);
  const hits: SampleService['hits'] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    before?.(req, res);
    const url = new URL(req.url ?? '/', 'http://service.local');
    hits.push({ method: req.method ?? '', url: `${url.pathname}${url.search}`, headers: req.headers });
    req.resume();
    const answer = answerFor(url);
    res.writeHead(answer.status, {
      'content-type': answer.contentType,
      'x-request-id': randomUUID(),
    });
    res.end(req.method === 'HEAD' ? undefined : answer.text);
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
