// A remote snapshot is read twice by the selection and downloaded once: the second read is the
// bytes the first one received, spilled to disk.
import test from 'ava';
import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import type { SnapshotSource } from '../../src/snapshot/source.js';
import { spillRemoteParts } from '../../src/snapshot/spill.js';

function remoteSource(versions: string[], opened: { count: number }, fail = false): SnapshotSource {
  return {
    name: 's3://bucket/traffic.ndjson',
    parts: [{
      name: 's3://bucket/traffic.ndjson',
      remote: true,
      open: async () => {
        const body = versions[Math.min(opened.count++, versions.length - 1)]!;
        // Sent in small pieces, as a download arrives; a failing one breaks off halfway.
        const pieces = body.match(/.{1,7}/gs) ?? [];
        return Readable.from((async function* () {
          for (const [i, piece] of pieces.entries()) {
            if (fail && i === Math.floor(pieces.length / 2)) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
            yield Buffer.from(piece);
          }
        })());
      },
    }],
  };
}

test('the second read of a remote part is the first read\'s bytes, from disk, even when the object changed meanwhile', async (t) => {
  const opened = { count: 0 };
  const first = `${'{"id":"a"}\n'.repeat(500)}`;
  const source = await spillRemoteParts(remoteSource([first, 'changed since'], opened));
  const part = source.parts[0]!;
  t.is(await text(await part.open()), first);
  t.is(await text(await part.open()), first);
  t.is(opened.count, 1, 'downloaded once');
  await source.dispose();
});

test('a first read broken off halfway: the second read ends the same way, with what had arrived', async (t) => {
  const opened = { count: 0 };
  const source = await spillRemoteParts(remoteSource(['0123456789'.repeat(100)], opened, true));
  const part = source.parts[0]!;
  const readAll = async () => {
    const received: Buffer[] = [];
    const error = await t.throwsAsync(async () => {
      for await (const chunk of await part.open()) received.push(chunk as Buffer);
    });
    return { error, text: Buffer.concat(received).toString() };
  };
  const first = await readAll();
  const second = await readAll();
  t.regex(first.error!.message, /socket hang up/);
  t.is(second.error!.message, first.error!.message);
  t.is((second.error as NodeJS.ErrnoException).code, 'ECONNRESET', 'a stream failure, recorded as one (snapshot/read.ts)');
  t.true(second.text.length > 0 && second.text.length < 1000 && '0123456789'.repeat(100).startsWith(second.text));
  t.is(opened.count, 1);
  await source.dispose();
});

test('local files are read again as they are, and nothing is written', async (t) => {
  const source: SnapshotSource = { name: 'traffic.ndjson', parts: [{ name: 'traffic.ndjson', open: async () => Readable.from(['x']) }] };
  const spilled = await spillRemoteParts(source);
  t.is(spilled.parts[0], source.parts[0]);
  await spilled.dispose();
});

test('the spilled files live in the runner\'s temporary folder until dispose removes them', async (t) => {
  const opened = { count: 0 };
  const source = await spillRemoteParts(remoteSource(['abc'], opened));
  await text(await source.parts[0]!.open());
  t.truthy(source.folder);
  t.true(existsSync(source.folder!));
  await source.dispose();
  t.false(existsSync(source.folder!));
});
