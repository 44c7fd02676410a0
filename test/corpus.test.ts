// The labelled corpus (test/corpus/cases.ts) through the real compare and score stages:
// every case must be judged as labelled, and precision and recall are printed.
import test from 'ava';
import { cases } from './corpus/cases.js';
import { judgeCase, verdictOf } from './corpus/judge.js';

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
