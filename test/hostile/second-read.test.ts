// The selection's second read goes faster without choosing otherwise: lines whose id rules them
// out are skipped unparsed, but only when the id can be read with certainty (repeated keys and
// escaped keys parse as another id), and the replay reads ahead of its free slots, bounded.
import test from 'ava';
import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { mapConcurrent } from '../../src/replay/concurrent.js';
import { chosenExchanges, mayBeChosen, planSelection, type SelectionOptions } from '../../src/select/select.js';
import { emptySelectionCounts } from '../../src/select/types.js';
import { idAtFront } from '../../src/snapshot/line-id.js';
import { readExchanges } from '../../src/snapshot/read.js';
import { readNdjson } from '../../src/snapshot/read-ndjson.js';
import { resolveSnapshot } from '../../src/snapshot/source.js';
import { DecodeIssues, type Exchange } from '../../src/snapshot/types.js';

const request = '"request":{"method":"GET","url":"/a/1","headers":{},"body":null}';

test('an id is read unparsed only from the canonical front, and never when the line could parse to another', (t) => {
  t.is(idAtFront(`{"id":"r-1",${request}}`), 'r-1');
  t.is(idAtFront(`{"id":"",${request}}`), '');
  // JSON.parse keeps the last of repeated keys: this line's id is "b".
  t.is(idAtFront(`{"id":"a",${request},"id":"b"}`), undefined);
  // Escaped spellings of the key "id".
  t.is(idAtFront(`{"id":"a",${request},"\\u0069d":"b"}`), undefined);
  t.is(idAtFront(`{"id":"a",${request},"i\\u0064":"b"}`), undefined);
  // An escape inside the id: its characters are not the bytes between the quotes.
  t.is(idAtFront(`{"id":"a\\"b",${request}}`), undefined);
  t.is(idAtFront(`{"id":"\\u0041",${request}}`), undefined);
  // Not the canonical front: parsed as usual.
  t.is(idAtFront(`{ "id": "a", ${request}}`), undefined);
  t.is(idAtFront(`{${request},"id":"a"}`), undefined);
  t.is(idAtFront('{"id":"unterminated'), undefined);
  t.is(idAtFront(`{"id":7,${request}}`), undefined);
});

async function collect(lines: string[], wanted?: (id: string) => boolean): Promise<Exchange[]> {
  const context = { name: 'test.ndjson', issues: new DecodeIssues(0), position: '', idPrefix: '' };
  const out: Exchange[] = [];
  for await (const exchange of readNdjson(Readable.from([Buffer.from(`${lines.join('\n')}\n`)]), context, wanted)) out.push(exchange);
  return out;
}

// Lines as a hostile snapshot may hold them: repeated and escaped id keys, escapes in ids, other layouts, broken JSON.
const idText = fc.constantFrom('a', 'b', 'c', 'r-1', 'r-2', '', 'x"y', 'A');
const line = fc.oneof(
  fc.tuple(idText).map(([id]) => `{"id":${JSON.stringify(id)},${request}}`),
  fc.tuple(idText, idText).map(([a, b]) => `{"id":${JSON.stringify(a)},${request},"id":${JSON.stringify(b)}}`),
  fc.tuple(idText, idText).map(([a, b]) => `{"id":${JSON.stringify(a)},${request},"\\u0069d":${JSON.stringify(b)}}`),
  fc.tuple(idText).map(([id]) => `{${request},"id":${JSON.stringify(id)}}`),
  fc.tuple(idText).map(([id]) => `{"id":${JSON.stringify(id)},${request}`),
  fc.tuple(idText).map(([id]) => `{"id":${JSON.stringify(id)},"request":{"method":"GET","url":"/a/{\\"id\\":1}","headers":{"id":"h"},"body":"\\"id\\""}}`),
);

test('reading with `wanted` yields every wanted exchange a full read yields, the same and in the same order', async (t) => {
  await fc.assert(
    fc.asyncProperty(fc.array(line, { maxLength: 30 }), fc.subarray(['a', 'b', 'c', 'r-1', 'r-2', '', 'x"y', 'A']), async (lines, wantedIds) => {
      const wanted = (id: string) => wantedIds.includes(id);
      const full = await collect(lines);
      const skipping = await collect(lines, wanted);
      t.deepEqual(skipping.filter((e) => wanted(e.id)), full.filter((e) => wanted(e.id)));
      // What it yields besides is what the full read yields too: nothing made up.
      for (const exchange of skipping) t.true(full.some((e) => JSON.stringify(e) === JSON.stringify(exchange)));
    }),
    { numRuns: 200 },
  );
});

test('the second read skipping unwanted lines chooses the same exchanges as one parsing every line', async (t) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'second-read-'));
  try {
    const lines = Array.from({ length: 3000 }, (_, i) => {
      const exchange = { id: `r-${i}`, request: { method: 'GET', url: `/api/${['orders', 'users', 'carts'][i % 3]}/${i}`, headers: {}, body: null }, response: { status: 200, headers: {}, body: '{}' } };
      // Every tenth line repeats its id key: it parses to another id, whose rank may be chosen.
      return i % 10 === 0 ? `${JSON.stringify(exchange).slice(0, -1)},"id":"other-${i}"}` : JSON.stringify(exchange);
    });
    const file = path.join(dir, 'traffic.ndjson.gz');
    await writeFile(file, gzipSync(`${lines.join('\n')}\n`));
    const source = await resolveSnapshot(file, { workspace: dir, s3: {} });
    const options: SelectionOptions = { methods: new Set(['GET']), maxRequests: 60, seed: 5 };
    const plan = await planSelection(readExchanges(source, new DecodeIssues(0)), options, emptySelectionCounts());
    const ids = async (wanted?: (id: string) => boolean) => {
      const chosen: string[] = [];
      for await (const selected of chosenExchanges(readExchanges(source, new DecodeIssues(0), wanted ? { wanted } : {}), plan)) chosen.push(selected.exchange.id);
      return chosen;
    };
    const skipping = await ids(mayBeChosen(plan));
    t.is(skipping.length, 60);
    t.deepEqual(skipping, await ids());
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('mapConcurrent reads a stream ahead of its free slots, by at most its limit, and starts nothing while a limit of results wait unconsumed', async (t) => {
  const limit = 3;
  let pulled = 0;
  let started = 0;
  let consumed = 0;
  let most = 0;
  async function* items(): AsyncGenerator<number> {
    for (let i = 0; i < 40; i++) {
      pulled++;
      most = Math.max(most, pulled - consumed);
      await Promise.resolve();
      yield i;
    }
  }
  const pending: (() => void)[] = [];
  const work = (i: number) => {
    started++;
    return new Promise<number>((resolve) => pending.push(() => resolve(i)));
  };
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  const run = mapConcurrent(items(), limit, work)[Symbol.asyncIterator]();
  const first = run.next();
  for (let i = 0; i < 20; i++) await tick();
  // Every slot busy, nothing finished: the stream was read ahead, by at most `limit`.
  t.is(started, limit);
  t.is(pulled, 2 * limit);
  // Everything finishes while the consumer takes only the result it asked for: one more starts,
  // the rest wait for the consumer, and the stream is read no further than a limit ahead of them.
  for (let round = 0; round < 10; round++) {
    for (const finish of pending.splice(0)) finish();
    for (let i = 0; i < 5; i++) await tick();
  }
  t.is(started, limit + 1);
  t.is(pulled, started + limit);
  const seen = [(await first).value as number];
  consumed++;
  for (;;) {
    for (const finish of pending.splice(0)) finish();
    const next = await run.next();
    if (next.done) break;
    seen.push(next.value);
    consumed++;
  }
  t.deepEqual([...seen].sort((a, b) => a - b), Array.from({ length: 40 }, (_, i) => i));
  t.true(most <= 3 * limit, `at most ${most} pulled and not consumed`);
});
