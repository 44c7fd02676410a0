import type { ObservedResponse } from '../../src/replay/types.js';

/** A deterministic pseudo-random stream for one answer: cases draw their noise from it. */
export function randomFor(...parts: (string | number)[]): () => number {
  let seed = 2166136261;
  for (const char of parts.join('|')) seed = Math.imul(seed ^ char.charCodeAt(0), 16777619);
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): ObservedResponse {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: Buffer.from(JSON.stringify(body)) };
}

export function text(body: string, type = 'text/html; charset=utf-8', status = 200): ObservedResponse {
  return { status, headers: { 'content-type': type }, body: Buffer.from(body) };
}

export function bytes(body: Buffer, status = 200): ObservedResponse {
  return { status, headers: { 'content-type': 'application/octet-stream' }, body };
}

export const token = (random: () => number, length = 12) =>
  Array.from({ length }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)]).join('');

export const isoTime = (random: () => number) => new Date(Date.UTC(2026, 10, 24, 10, 0, 0) + Math.floor(random() * 3.6e6)).toISOString();

export const uuid = (random: () => number) =>
  'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(random() * 16).toString(16));

/** A realistic order document, the same for the same id. */
export function order(id: number) {
  return {
    id,
    status: id % 3 === 0 ? 'shipped' : 'open',
    customer: { id: 500 + (id % 7), name: `Customer ${id % 7}`, email: `c${id % 7}@example.com` },
    items: [1, 2, 3].map((n) => ({ sku: `SKU-${(id + n) % 40}`, qty: 1 + ((id + n) % 3), price: 4.5 * n + (id % 5) })),
    total: 27 + (id % 5) * 3,
    currency: 'EUR',
    createdAt: '2026-11-01T09:00:00.000Z',
  };
}
