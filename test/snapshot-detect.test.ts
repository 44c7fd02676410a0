import test from 'ava';
import { gzipSync } from 'node:zlib';
import { detectFormat } from '../src/snapshot/detect.js';
import { decodeAll, memorySource, partsSource } from './helpers/decode.js';
import { gorFile, httpRequest } from './helpers/goreplay.js';

const NDJSON_LINE = '{"id":"r-1","request":{"method":"GET","url":"/a"}}\n';
const HAR = '{\n  "log": {\n    "version": "1.2",\n    "entries": []\n  }\n}\n';
const GOR = '1 0000000000000000000000a1 1764000000000000000 0\nGET / HTTP/1.1\r\n\r\n\n🐵🙈🙉\n';

test('the content decides when it is clear, whatever the name says', (t) => {
  for (const name of ['snap.ndjson', 'snap.har', 'snap.gor', 'snap', 'snap.json.gz']) {
    t.is(detectFormat(name, Buffer.from(GOR)), 'gor', name);
    t.is(detectFormat(name, Buffer.from(HAR)), 'har', name);
    t.is(detectFormat(name, Buffer.from(`\uFEFF${HAR}`)), 'har', `${name} with a BOM`);
  }
  t.is(detectFormat('snap.gor', Buffer.from(NDJSON_LINE)), 'ndjson', 'a JSON object is never a GoReplay payload');
  t.is(detectFormat('snap', Buffer.from(NDJSON_LINE)), 'ndjson');
  t.is(detectFormat('snap.jsonl', Buffer.from('{"log":"an NDJSON field called log?"}')), 'har', 'an object whose first key is "log" is a HAR');
});

test('the name decides when the content does not', (t) => {
  t.is(detectFormat('broken.har', Buffer.from('not json')), 'har', 'a broken HAR is explained as a HAR');
  t.is(detectFormat('broken.HAR.gz', Buffer.from('{"version": "1.2"}')), 'har');
  t.is(detectFormat('empty.gor', Buffer.alloc(0)), 'gor');
  t.is(detectFormat('requests.gor_3.gz', Buffer.from('garbage')), 'gor', "GoReplay's gzip chunk name");
  t.is(detectFormat('empty.ndjson', Buffer.alloc(0)), 'ndjson');
  t.is(detectFormat('whatever.txt', Buffer.from('garbage')), 'ndjson', 'NDJSON is the fallback');
});

test('one snapshot may mix formats and compression across its parts', async (t) => {
  const source = partsSource('mixed (3 chunks)', [
    ['part_0', Buffer.from(NDJSON_LINE)],
    ['part_1', gzipSync(HAR.replace('"entries": []', '"entries": [{"request":{"method":"GET","url":"https://x/h"},"response":{"status":200,"content":{"size":0}}}]'))],
    ['part_2', gzipSync(gorFile([{ type: 1, id: 'g1', message: httpRequest('GET', '/g') }]))],
  ]);
  const { exchanges, issues } = await decodeAll(source);
  t.is(issues.count, 0);
  t.deepEqual(exchanges.map((e) => [e.id, e.request.url]), [['r-1', '/a'], ['2:entry-1', '/h'], ['g1', '/g']]);
});

test('made-up ids stay unique across the parts of one snapshot', async (t) => {
  const line = '{"request":{"method":"GET","url":"/x"}}\n';
  const { exchanges } = await decodeAll(partsSource('two', [['a_0.ndjson', Buffer.from(line)], ['a_1.ndjson', Buffer.from(line)]]));
  t.deepEqual(exchanges.map((e) => e.id), ['1:line-1', '2:line-1']);
  const single = await decodeAll(memorySource('one.ndjson', Buffer.from(line)));
  t.deepEqual(single.exchanges.map((e) => e.id), ['line-1']);
});
