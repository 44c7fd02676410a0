/**
 * Throughput of the semantic JSON comparison against jsondiffpatch and microdiff on the same
 * realistic response pairs (the labelled corpus's JSON answers), in one process, interleaved
 * rounds, median per contender. Prints ratios: absolute times drift on shared machines.
 *
 *   npm run -s compile && node build/bench/compare-throughput.js
 */
import * as jsondiffpatch from 'jsondiffpatch';
import microdiff from 'microdiff';
import { DifferenceCollector, diffJson } from '../src/compare/json-diff.js';
import { OriginSet } from '../src/compare/origins.js';
import { DEFAULT_RULES } from '../src/compare/types.js';
import { randomFor } from '../test/corpus/answers.js';
import { BASELINE_URL, CANDIDATE_URL, cases, RECORDED_HOST } from '../test/corpus/cases.js';

const pairs: [unknown, unknown, string][] = [];
for (const c of cases) {
  for (let i = 0; i < c.requests; i++) {
    const recorded = c.answer('recorded', i, 0, randomFor(c.name, 'recorded', i, 0));
    const candidate = c.answer('candidate', i, 0, randomFor(c.name, 'candidate', i, 0));
    if (!String(recorded.headers['content-type']).includes('json') || !String(candidate.headers['content-type']).includes('json')) continue;
    try {
      pairs.push([JSON.parse(recorded.body.toString()), JSON.parse(candidate.body.toString()), c.name]);
    } catch {
      // A malformed body is no pair for a JSON differ.
    }
  }
}

// As the gate compares: the deployments' own origins (and the recording's) are one.
const origins = new OriginSet([CANDIDATE_URL, BASELINE_URL]).forRequest({ method: 'GET', url: '/', headers: { host: RECORDED_HOST }, body: null });
const differ = jsondiffpatch.create();
let sink = 0;
// As the gate runs it: values are rendered only for requests kept as examples, here the first
// pair of each endpoint (case) on every pass over the corpus.
let lastEndpoint = '';
const contenders: Record<string, (a: unknown, b: unknown, endpoint: string) => void> = {
  'replay-gate': (a, b, endpoint) => {
    const out = new DifferenceCollector(DEFAULT_RULES, undefined, false, origins);
    diffJson(a, b, out);
    if (endpoint !== lastEndpoint) out.materialise();
    lastEndpoint = endpoint;
    sink += out.differences.length;
  },
  jsondiffpatch: (a, b) => {
    sink += differ.diff(a, b) === undefined ? 0 : 1;
  },
  microdiff: (a, b) => {
    sink += microdiff(a as Record<string, unknown>, b as Record<string, unknown>).length;
  },
};

const REPEAT = 20;
const ROUNDS = 15;
function timeOnce(compare: (a: unknown, b: unknown, endpoint: string) => void): number {
  const started = process.hrtime.bigint();
  for (let r = 0; r < REPEAT; r++) {
    lastEndpoint = '';
    for (const [a, b, endpoint] of pairs) compare(a, b, endpoint);
  }
  return Number(process.hrtime.bigint() - started) / 1e6;
}

for (const compare of Object.values(contenders)) timeOnce(compare); // warm-up: JIT every contender first
const samples: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, compare] of Object.entries(contenders)) samples[name]!.push(timeOnce(compare));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)])) as Record<string, number>;

console.log(`${pairs.length} JSON response pairs × ${REPEAT}, median of ${ROUNDS} interleaved rounds`);
for (const [name, time] of Object.entries(ms)) {
  console.log(`${name.padEnd(14)} ${time.toFixed(1).padStart(8)} ms  ${Math.round((pairs.length * REPEAT) / (time / 1000)).toLocaleString('en').padStart(10)} pairs/s`);
}
console.log(`throughput vs jsondiffpatch: ${(ms.jsondiffpatch! / ms['replay-gate']!).toFixed(2)}× (target ≥ 2×)`);
console.log(`time vs microdiff: ${(ms['replay-gate']! / ms.microdiff!).toFixed(2)}× (target ≤ 1.25×)`);
if (sink < 0) console.log(sink);
