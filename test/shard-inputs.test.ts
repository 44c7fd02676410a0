// The shard and mode inputs: what a matrix job may say, and the one line a mistake gets.
import test from 'ava';
import { readInputs } from '../src/inputs.js';

const inputs = (given: Record<string, string>) => readInputs((name) => given[name] ?? '', '/workspace');
const replayInputs = { snapshot: 's3://b/k', 'target-url': 'http://127.0.0.1:1' };

test('shard i/n reads the shard; empty is the whole run', (t) => {
  t.deepEqual(inputs({ ...replayInputs, shard: '1/4' }).shard, { index: 1, count: 4 });
  t.deepEqual(inputs({ ...replayInputs, shard: ' 4 / 4 ' }).shard, { index: 4, count: 4 });
  t.deepEqual(inputs({ ...replayInputs, shard: '256/256' }).shard, { index: 256, count: 256 });
  t.is(inputs({ ...replayInputs, shard: ' ' }).shard, undefined);
  t.is(inputs(replayInputs).shard, undefined);
  t.is(inputs(replayInputs).mode, 'replay');
  t.deepEqual(inputs({ ...replayInputs, shard: '2/3' }).shard, { index: 2, count: 3 });
});

for (const bad of ['0/4', '5/4', '1/257', '1/0', '-1/4', '1.5/4', '1', '1/', '/4', 'a/b', '1/4/2', '01/4x', '1e2/300']) {
  test(`shard "${bad}" is refused in one line`, (t) => {
    const error = t.throws(() => inputs({ ...replayInputs, shard: bad }));
    t.regex(error!.message, /^input "shard": (".*" is not i\/n \(e\.g\. 2\/4, shard 2 of 4\)|\d+ shards; give 1 to 256|shard \d+ of \d+ does not exist; shards count from 1 to \d+)$/);
    t.false(error!.message.includes('\n'));
  });
}

test('mode merge needs neither snapshot nor target-url, and refuses a shard', (t) => {
  const merge = inputs({ mode: 'merge' });
  t.is(merge.mode, 'merge');
  t.is(merge.gate.snapshot, '');
  t.throws(() => inputs({ mode: 'merge', shard: '1/2' }), { message: /^input "shard" is for the replay jobs of a matrix; leave it empty in the job with mode: merge$/ });
  t.throws(() => inputs({ mode: 'judge' }), { message: 'input "mode" must be one of replay, merge; got "judge"' });
  t.throws(() => inputs({ mode: 'replay' }), { message: /^input "snapshot" is required/ });
});
