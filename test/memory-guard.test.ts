import test from 'ava';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fullCollection, MemoryGuard } from '../src/snapshot/memory-guard.js';

test('the guard collects each time garbage has grown past its headroom since the last collection', (t) => {
  let collections = 0;
  const guard = new MemoryGuard(8 * 1024 * 1024, 1, () => collections++);
  guard.tick();
  t.is(collections, 0, 'no growth, no collection');
  // Buffers held here stand for garbage not yet collected: the guard sees only the totals.
  const held: Buffer[] = [];
  for (let i = 0; i < 3; i++) held.push(Buffer.alloc(4 * 1024 * 1024, i));
  guard.tick();
  t.is(collections, 1, 'past the headroom');
  guard.tick();
  t.is(collections, 1, 'the floor moved up to what is held, so it does not collect again at once');
  for (let i = 0; i < 3; i++) held.push(Buffer.alloc(4 * 1024 * 1024, i));
  guard.tick();
  t.is(collections, 2);
  t.is(held.length, 6);
});

test('the guard only looks every so many exchanges', (t) => {
  let collections = 0;
  const guard = new MemoryGuard(1024 * 1024, 50, () => collections++);
  const held = Array.from({ length: 4 }, (_, i) => Buffer.alloc(1024 * 1024, i));
  for (let i = 0; i < 49; i++) guard.tick();
  t.is(collections, 0);
  guard.tick();
  t.is(collections, 1);
  t.is(held.length, 4);
});

test('the full collection is reachable at run time and frees what nothing holds', async (t) => {
  const collect = fullCollection();
  t.is(typeof collect, 'function');
  const ref = (() => new WeakRef({ payload: 'x'.repeat(1000) }))();
  // A WeakRef keeps its target through the job that made it; the collection comes in a later one.
  await nextTurn();
  collect!();
  t.is(ref.deref(), undefined);
});
