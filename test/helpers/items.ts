// A tiny recorded API and a live one to replay it against: GET /api/items/{id} → {"id", "name"}.
import type { ServerResponse } from 'node:http';
import { type LocalServer, serve } from './local-server.js';

/** `count` recorded exchanges as NDJSON, one per item. */
export function itemsSnapshot(count: number): string {
  const lines = Array.from({ length: count }, (_, i) => JSON.stringify({
    id: `r-${i}`,
    request: { method: 'GET', url: `/api/items/${i}`, headers: { accept: 'application/json' }, body: null },
    response: { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: i, name: `item ${i}` }), durationMs: 3 },
  }));
  return `${lines.join('\n')}\n`;
}

export interface ItemsServiceOptions {
  /** Answers only this many requests; every later one is held open and never answered. */
  answerFirst?: number;
  /** Drops `name` from every answer: a breaking difference on every request. */
  breaking?: boolean;
}

export interface ItemsService extends LocalServer {
  /** Requests held open, unanswered. */
  held: ServerResponse[];
}

/** The live side of itemsSnapshot, on 127.0.0.1, closed by the test's teardown. */
export async function itemsService(t: { teardown(fn: () => unknown): void }, options: ItemsServiceOptions = {}): Promise<ItemsService> {
  const held: ServerResponse[] = [];
  let answered = 0;
  const server = await serve(t, (req, res) => {
    if (options.answerFirst !== undefined && answered >= options.answerFirst) {
      held.push(res);
      return;
    }
    answered++;
    const id = Number(req.url!.split('/').pop());
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(options.breaking ? { id } : { id, name: `item ${id}` }));
  });
  return Object.assign(server, { held });
}
