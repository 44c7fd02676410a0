// The latency test over a million samples a side: the same p-value as the pooled version, without
// an object per sample (the peak of a 1M-request run was that pool, at the very end).
import test from 'ava';
import fc from 'fast-check';
import { mannWhitneyGreater, normalCdf } from '../../src/score/latency.js';

/** The pooled Mann-Whitney U as it was (latency.ts at 10204e8): the reference. */
function pooledMannWhitneyGreater(x: readonly number[], y: readonly number[]): number {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) return 1;
  const pooled = x.map((value) => ({ value, fromX: true })).concat(y.map((value) => ({ value, fromX: false })));
  pooled.sort((a, b) => a.value - b.value);
  const n = pooled.length;
  let rankSumX = 0;
  let tieTerm = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && pooled[j + 1]!.value === pooled[i]!.value) j++;
    const midRank = (i + j + 2) / 2;
    const ties = j - i + 1;
    tieTerm += ties ** 3 - ties;
    for (let k = i; k <= j; k++) if (pooled[k]!.fromX) rankSumX += midRank;
    i = j + 1;
  }
  const u = rankSumX - (n1 * (n1 + 1)) / 2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (variance <= 0) return 1;
  return 1 - normalCdf((u - mean - 0.5) / Math.sqrt(variance));
}

test('mannWhitneyGreater gives exactly the pooled version\'s p-value (random samples, many ties)', (t) => {
  const milliseconds = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0, max: 5000, noNaN: true }));
  fc.assert(
    fc.property(fc.array(milliseconds, { maxLength: 300 }), fc.array(milliseconds, { maxLength: 300 }), (x, y) => {
      t.is(mannWhitneyGreater(x, y), pooledMannWhitneyGreater(x, y));
    }),
    { numRuns: 500, seed: 17 },
  );
});

test('a million samples a side are judged without a pooled copy', (t) => {
  const x = Array.from({ length: 1_000_000 }, (_, i) => 5 + (i % 40) + (i % 7 === 0 ? 30 : 0));
  const y = Array.from({ length: 1_000_000 }, (_, i) => 5 + (i % 40));
  const p = mannWhitneyGreater(x, y);
  t.true(p < 0.01, `x is slower: p = ${p}`);
  t.true(mannWhitneyGreater(y, x) > 0.99);
});
