import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline, Readable, Transform } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { SnapshotPart, SnapshotSource } from './source.js';

/**
 * A remote snapshot read twice (the selection's two passes, select/select.ts) is downloaded once:
 * the first read writes the bytes it receives, as they are (compressed, if they are), to a file
 * in the runner's temporary folder, and the second read is that file. The second pass then sees
 * exactly the bytes the first saw, however the object changes meanwhile, and costs no second
 * download (bench/spill-or-reread.ts measured it against a second GET). Local files are read
 * again as they are. `dispose` removes the files.
 */
export async function spillRemoteParts(source: SnapshotSource): Promise<SnapshotSource & { folder?: string; dispose(): Promise<void> }> {
  if (!source.parts.some((part) => part.remote)) return { ...source, dispose: async () => {} };
  const dir = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'replay-gate-spill-'));
  const parts = source.parts.map((part, index) => (part.remote ? spilledPart(part, path.join(dir, `part-${index}`)) : part));
  return { ...source, parts, folder: dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

function spilledPart(part: SnapshotPart, file: string): SnapshotPart {
  // Settles once the first read's bytes are all on disk, with how that read ended.
  let written: Promise<{ failure?: Error }> | undefined;
  return {
    name: part.name,
    remote: true,
    ...(part.pin ? { pin: part.pin } : {}),
    open: async () => {
      if (written) return again(file, await written);
      const input = await part.open();
      const out = createWriteStream(file);
      let failure: Error | undefined;
      const tee = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          // Waits for the disk, so a slow disk slows the download rather than filling memory.
          out.write(chunk, (error) => done(error ?? null, chunk));
        },
      });
      input.once('error', (error) => (failure = error));
      const close = () => {
        if (!out.writableEnded) out.end();
      };
      tee.once('end', close);
      tee.once('close', close);
      written = finished(out).then(() => (failure ? { failure } : {}), (error: Error) => ({ failure: failure ?? error }));
      // Either end's failure or early close reaches the other (a reader that stops destroys both).
      return pipeline(input, tee, () => {});
    },
  };
}

/**
 * The spilled bytes; a download that broke off ends the same way again, so the second pass
 * records what the first did. (The bytes the download had delivered but the decoder not yet
 * taken when it broke are on disk too: the second pass may then find an exchange the first
 * never saw, and says the snapshot changed rather than replay another sample.)
 */
function again(file: string, first: { failure?: Error }): Readable {
  return Readable.from((async function* () {
    yield* createReadStream(file);
    if (first.failure) throw first.failure;
  })(), { objectMode: false });
}
