// The labelled corpus (test/corpus/cases.ts) through the real compare and score stages:
// every case must be judged as labelled, and precision and recall are printed.
import test from 'ava';
import { CALIBRATION_REQUESTS } from '../src/compare/adaptive-asking.js';
import { cases } from './corpus/cases.js';
import { feedCase, judgeCase, verdictOf } from './corpus/judge.js';
import { type SeededCause, sharedCauseCases } from './corpus/shared-causes.js';
import { causesOf } from '../src/score/causes.js';
import { Scorer } from '../src/score/score.js';

// Three ways of asking: every request paired (as before adaptive asking), the gate's adaptive
// asking, and adaptive asking with a calibration of 4, so that most of every case's requests
// take the asked-once path (confirmations, the endpoint turning paired, the baseline skipped).
const modes = [
  { name: 'every request paired', calibration: undefined },
  { name: 'adaptive', calibration: CALIBRATION_REQUESTS },
  { name: 'adaptive, calibration 4', calibration: 4 },
] as const;

// Judged before any test is declared: ava takes only tests declared synchronously, after the one top-level await.
const judgedByMode = await Promise.all(modes.map((mode) => Promise.all(cases.map(async (c) => ({ c, stats: await judgeCase(c, mode.calibration) })))));

for (const [index, mode] of modes.entries()) {
  const judged = judgedByMode[index]!;
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
