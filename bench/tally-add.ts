/**
 * The tally's cost per comparison (TallyBuilder.add, then value()): 100,000 synthetic comparisons
 * on 8 endpoints, in three mixes: all stable (nothing differed, the common case of a gate run),
 * 1 in 10 differing at a few of 70 places, and every one differing. Prints µs per comparison and a
 * digest of the tally, so a change meant to be faster can show it tallies the same.
 *
 *   npm run -s compile && node build/bench/tally-add.js
 */
import { createHash } from 'node:crypto';
import type { RequestComparison } from '../src/compare/compare-exchange.js';
import type { Difference, DifferenceKind, Severity } from '../src/compare/types.js';
import { TallyBuilder } from '../src/score/tally.js';

const COUNT = Number(process.env.BENCH_COMPARISONS ?? 100_000);
const SORTS: DifferenceKind[] = ['value', 'type', 'added', 'removed', 'status'];
const SEVERITIES: Severity[] = ['breaking', 'changed', 'info'];

// A fixed xorshift: the same comparisons in every run.
let state = 0x2545f491;
function random(n: number): number {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) % n;
}

function difference(): Difference {
  const p = random(70);
  const kind = SORTS[random(SORTS.length)]!;
  return { kind, path: `$.f${p}`, pattern: `$.f${p}`, severity: SEVERITIES[random(3)]!, from: `t${random(4)}`, to: `u${random(4)}`, expected: '"1"', actual: '"2"' };
}

function comparisons(differingOneIn: number): RequestComparison[] {
  state = 0x2545f491;
  const all: RequestComparison[] = [];
  for (let i = 0; i < COUNT; i++) {
    const differs = differingOneIn > 0 && i % differingOneIn === 0;
    const differences = differs ? Array.from({ length: 1 + random(3) }, difference) : [];
    all.push({
      endpoint: `GET /api/e${i % 8}/:id`, id: `r-${i}`, method: 'GET', url: `/api/e${i % 8}/${1000 + i}${i % 3 === 0 ? '?page=2' : ''}`,
      requestHeaders: { accept: 'application/json' }, outcome: 'compared', differences, selfVaried: [], paired: i % 5 === 0, drift: [],
      latency: { candidateMs: 4 + random(3), recordedMs: 5 },
      ...(differs ? { excerpts: { expected: '{"a":1}', actual: '{"a":2}' } } : {}),
    });
  }
  return all;
}

for (const [name, oneIn] of [['stable', 0], ['1 in 10 differing', 10], ['all differing', 1]] as const) {
  const input = comparisons(oneIn);
  const times: number[] = [];
  let digest = '';
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    const builder = new TallyBuilder(1);
    for (const comparison of input) builder.add(comparison);
    const tally = builder.value();
    times.push(performance.now() - started);
    digest = createHash('sha256').update(JSON.stringify(tally)).digest('hex').slice(0, 12);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(18)} ${((times[2]! * 1000) / COUNT).toFixed(2)} µs per comparison (median of 5, ${COUNT.toLocaleString('en')} comparisons), tally ${digest}`);
}
