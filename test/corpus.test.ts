// The labelled corpus (test/corpus/cases.ts) through the real compare and score stages:
// every case must be judged as labelled, and precision and recall are printed.
import test from 'ava';
import { CALIBRATION_REQUESTS } from '../src/compare/adaptive-asking.js';
import { cases } from './corpus/cases.js';
import { judgeCase, verdictOf } from './corpus/judge.js';

// Three ways of asking: every request paired (as before adaptive asking), the gate's adaptive
// asking, and adaptive asking with a calibration of 4, so that most of every case's requests
// take the asked-once path (confirmations, the endpoint turning paired, the baseline skipped).
const modes = [
  { name: 'every request paired', calibration: undefined },
  { name: 'adaptive', calibration: CALIBRATION_REQUESTS },
  { name: 'adaptive, calibration 4', calibration: 4 },
] as const;

for (const mode of modes) {
  const judged = cases.map((c) => ({ c, stats: judgeCase(c, mode.calibration) }));
  const label = mode.calibration === CALIBRATION_REQUESTS ? '' : ` (${mode.name})`;

  for (const { c, stats } of judged) {
    test(`corpus${label}: ${c.name}`, (t) => {
      const said = verdictOf(stats);
      const why = JSON.stringify({ places: stats.places.map((p) => [p.pattern, p.kind, p.counts]), noise: stats.noise.map((p) => [p.pattern, p.kind, p.counts]) });
      t.is(said, c.regression, why);
      if (c.drift !== undefined) t.is(stats.drift.length > 0, c.drift, JSON.stringify(stats.drift));
    });
  }

  test(`corpus${label}: at least 40 cases, precision and recall both 1.0`, (t) => {
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
    const exchanges = judged.reduce((n, { c }) => n + c.requests, 0);
    const asks = judged.reduce((n, { stats }) => n + stats.asks, 0);
    const summary = `corpus, ${mode.name}: ${cases.length} cases, ${truePositive} regressions caught; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}; ${(asks / exchanges).toFixed(2)} asks per exchange`;
    t.log(summary);
    console.log(summary);
    t.true(cases.length >= 40);
    t.is(precision, 1);
    t.is(recall, 1);
  });
}
