/**
 * Corpus cases of several endpoints judged together, with the causes a reviewer would name:
 * the same change on several endpoints is one cause, named with exactly those endpoints.
 */
import type { DifferenceKind } from '../../src/compare/types.js';
import { isoTime, json, order, uuid } from './answers.js';
import type { CorpusCase, Side } from './cases.js';

export interface SeededCause {
  kind: DifferenceKind;
  pattern: string;
  from?: string;
  to?: string;
  endpoints: string[];
}

export interface SharedCauseCase {
  name: string;
  /** Each endpoint, under its own path, labelled like any corpus case. */
  endpoints: (CorpusCase & { path: string })[];
  /** Every real cause (breaking or changed) the gate must find, once each. */
  causes: SeededCause[];
}

const items = (i: number, idType: 'number' | 'string') =>
  [1, 2, 3].map((n) => ({ id: idType === 'number' ? i * 10 + n : String(i * 10 + n), name: `item ${n}` }));

/** A list answer with noise (a request id, a timestamp) and ids that become strings for the candidate. */
const idsBecomeStrings = (s: Side, i: number, _ask: number, r: () => number) =>
  json({ data: items(i, s === 'candidate' ? 'string' : 'number'), meta: { requestId: uuid(r), at: isoTime(r) } });
const unchanged = (_s: Side, i: number, _ask: number, r: () => number) => json({ ...order(i), meta: { requestId: uuid(r) } });
const gone = (s: Side, i: number) => (s === 'candidate' ? json({ error: 'Not Found' }, 404) : json(order(i)));

export const sharedCauseCases: SharedCauseCase[] = [
  {
    name: 'ids became strings on three list endpoints, a fourth unchanged',
    endpoints: [
      { name: 'users', path: '/users', regression: 'breaking', requests: 20, answer: idsBecomeStrings },
      { name: 'orders', path: '/orders', regression: 'breaking', requests: 15, answer: idsBecomeStrings },
      { name: 'products', path: '/products', regression: 'breaking', requests: 10, answer: idsBecomeStrings },
      { name: 'health', path: '/health', regression: false, requests: 10, answer: unchanged },
    ],
    causes: [{ kind: 'type', pattern: '$.data[*].id', from: 'number', to: 'string', endpoints: ['GET /users/{id}', 'GET /orders/{id}', 'GET /products/{id}'] }],
  },
  {
    name: 'two routes gone, and one with a field removed',
    endpoints: [
      { name: 'albums', path: '/albums', regression: 'breaking', requests: 12, answer: gone },
      { name: 'photos', path: '/photos', regression: 'breaking', requests: 8, answer: gone },
      { name: 'posts', path: '/posts', regression: 'breaking', requests: 10, answer: (s, i) => { const b: any = order(i); if (s === 'candidate') delete b.customer; return json(b); } },
    ],
    causes: [
      { kind: 'status', pattern: 'status', from: '200', to: '404', endpoints: ['GET /albums/{id}', 'GET /photos/{id}'] },
      { kind: 'removed', pattern: '$.customer', endpoints: ['GET /posts/{id}'] },
    ],
  },
  {
    name: 'pagination shape changed on one list, ids became strings on two others',
    endpoints: [
      { name: 'comments', path: '/comments', regression: 'breaking', requests: 10,
        answer: (s, i) => json(s === 'candidate' ? { items: items(i, 'number'), next: null } : items(i, 'number')) },
      { name: 'todos', path: '/todos', regression: 'breaking', requests: 10, answer: (s, i) => json(items(i, s === 'candidate' ? 'string' : 'number')) },
      { name: 'tags', path: '/tags', regression: 'breaking', requests: 10, answer: (s, i) => json(items(i, s === 'candidate' ? 'string' : 'number')) },
    ],
    causes: [
      { kind: 'type', pattern: '$[*].id', from: 'number', to: 'string', endpoints: ['GET /tags/{id}', 'GET /todos/{id}'] },
      { kind: 'type', pattern: '$', from: 'array', to: 'object', endpoints: ['GET /comments/{id}'] },
    ],
  },
];
