// The labelled corpus (test/corpus/cases.ts) through the real compare and score stages:
// every case must be judged as labelled, and precision and recall are printed.
import test from 'ava';
import { cases } from './corpus/cases.js';
import { feedCase, judgeCase, verdictOf } from './corpus/judge.js';
import { type SeededCause, sharedCauseCases } from './corpus/shared-causes.js';
import { causesOf } from '../src/score/causes.js';
import { Scorer } from '../src/score/score.js';

const judged = await Promise.all(cases.map(async (c) => ({ c, stats: await judgeCase(c) })));

for (const { c, stats } of judged) {
  test(`corpus: ${c.name}`, (t) => {
    const said = verdictOf(stats);
    const why = JSON.stringify({ places: stats.places.map((p) => [p.pattern, p.kind, p.counts]), noise: stats.noise.map((p) => [p.pattern, p.kind, p.counts]) });
    t.is(said, c.regression, why);
    if (c.drift !== undefined) t.is(stats.drift.length > 0, c.drift, JSON.stringify(stats.drift));
  });
}

test('corpus: at least 40 cases, precision and recall both 1.0', (t) => {
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  for (const { c, stats } of judged) {
    const said = verdictOf(stats) !== false;
    const truth = c.regression !== false;
    if (said && truth) truePositive++;
    if (said && !truth) falsePositive++;
    if (!said && truth) falseNegative++;
  }
  const precision = truePositive / (truePositive + falsePositive || 1);
  const recall = truePositive / (truePositive + falseNegative || 1);
  t.log(`corpus: ${cases.length} cases, ${truePositive} regressions caught; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
  console.log(`corpus: ${cases.length} cases; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
  t.true(cases.length >= 40);
  t.is(precision, 1);
  t.is(recall, 1);
});

// Several endpoints judged together: each endpoint as labelled, each seeded cause found once
// with exactly its endpoints, and no cause that was not seeded.
for (const c of sharedCauseCases) {
  test(`corpus causes: ${c.name}`, async (t) => {
    const scorer = new Scorer();
    for (const endpoint of c.endpoints) await feedCase(endpoint, scorer, endpoint.path);
    const board = scorer.finish();
    for (const endpoint of c.endpoints) {
      const stats = board.endpoints.find((e) => e.endpoint === `GET ${endpoint.path}/{id}`)!;
      t.is(verdictOf(stats), endpoint.regression, endpoint.name);
    }
    const real = causesOf(board.endpoints).filter((cause) => cause.severity !== 'info');
    const key = (x: SeededCause) => `${x.kind} ${x.pattern} ${x.from ?? ''} ${x.to ?? ''}`;
    t.deepEqual(real.map(key).sort(), c.causes.map(key).sort(), JSON.stringify(real));
    for (const seeded of c.causes) {
      const found = real.filter((cause) => key(cause) === key(seeded));
      t.is(found.length, 1, key(seeded));
      t.deepEqual([...found[0]!.endpoints].sort(), [...seeded.endpoints].sort(), key(seeded));
    }
  });
}
