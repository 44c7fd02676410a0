// Property-based fuzzing of the comparison: arbitrary JSON, text and bytes, shallow or nested
// past the depth limit, never crash it, it gives the same answer twice, and a body compared
// with itself (or with the same JSON written another way) shows no difference.
import test from 'ava';
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { compareOutcome } from '../../src/compare/compare-exchange.js';
import { compareResponses } from '../../src/compare/compare-responses.js';
import { MAX_JSON_DEPTH } from '../../src/compare/json-depth.js';
import { Redactor } from '../../src/compare/redact.js';
import { DEFAULT_RULES } from '../../src/compare/types.js';
import type { ObservedResponse } from '../../src/replay/types.js';

const RUNS = { numRuns: 200 };

const contentType = fc.constantFrom('application/json', 'application/problem+json', 'text/plain', 'text/html', 'application/octet-stream', undefined);

function response(body: Buffer, type: string | undefined, status = 200): ObservedResponse {
  return { status, headers: type === undefined ? {} : { 'content-type': type }, body };
}

/** A JSON value, sometimes wrapped in lists up to twice the depth limit. */
const nestedJson = fc.tuple(fc.jsonValue({ maxDepth: 4 }), fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2 * MAX_JSON_DEPTH }))).map(([value, depth]) => {
  let wrapped: unknown = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  return wrapped;
});

const body = fc.oneof(
  nestedJson.map((v) => Buffer.from(JSON.stringify(v))),
  fc.string({ maxLength: 200 }).map((s) => Buffer.from(s)),
  fc.array(fc.constantFrom('a\n', 'b\n', 'c\n', 'line\r\n', '\n'), { maxLength: 60 }).map((lines) => Buffer.from(lines.join(''))),
  fc.uint8Array({ maxLength: 100 }).map((a) => Buffer.from(a)),
);

test('any two bodies under any content types: no crash, and the same differences every time', (t) => {
  fc.assert(
    fc.property(body, body, contentType, contentType, fc.constantFrom(200, 201, 404, 500), (a, b, typeA, typeB, status) => {
      const expected = response(a, typeA);
      const actual = response(b, typeB, status);
      const once = compareResponses(expected, actual, DEFAULT_RULES, 'GET');
      // Fresh objects: nothing cached from the first comparison can make the second agree.
      const twice = compareResponses(response(Buffer.from(a), typeA), response(Buffer.from(b), typeB, status), DEFAULT_RULES, 'GET');
      once.materialise();
      twice.materialise();
      assert.deepEqual(twice.differences, once.differences);
    }),
    RUNS,
  );
  t.pass();
});

test('a body compared with itself shows no difference', (t) => {
  fc.assert(
    fc.property(body, contentType, (a, type) => {
      assert.deepEqual(compareResponses(response(a, type), response(Buffer.from(a), type), DEFAULT_RULES, 'GET').differences, []);
    }),
    RUNS,
  );
  t.pass();
});

test('the same JSON written another way (spacing, key order) shows no difference', (t) => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
      const reordered = JSON.parse(JSON.stringify(value), (_, v: unknown) =>
        v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
      ) as unknown;
      const a = response(Buffer.from(JSON.stringify(value)), 'application/json');
      const b = response(Buffer.from(JSON.stringify(reordered, null, 2)), 'application/json');
      assert.deepEqual(compareResponses(a, b, DEFAULT_RULES, 'GET').differences, []);
    }),
    RUNS,
  );
  t.pass();
});

test('a whole request compared with redaction on, rendered and excerpted: no crash for any bodies', (t) => {
  const redactor = new Redactor(['$..a', '$.b[*]', 'header:x-token']);
  fc.assert(
    fc.property(body, body, contentType, (a, b, type) => {
      const c = compareOutcome({
        selected: { endpoint: 'GET /x', exchange: { id: 'r', request: { method: 'GET', url: '/x', headers: {}, body: null } } },
        recorded: response(a, type),
        candidate: [{ response: response(b, type) }, { response: response(b, type) }],
      }, { rules: DEFAULT_RULES, redactor });
      c.materialise?.();
      if (c.differences.length > 0) assert.ok(c.excerpts && c.excerpts.expected.length <= 4100 && c.excerpts.actual.length <= 4100);
    }),
    RUNS,
  );
  t.pass();
});
