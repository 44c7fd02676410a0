import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { peek } from './peek.js';

/**
 * Gunzips the stream when it starts with the gzip magic bytes, whatever its name says:
 * snapshots are often uploaded without the .gz suffix, or with it but stored plain.
 */
export async function decompressed(input: Readable): Promise<Readable> {
  const { head, stream } = await peek(input, 2);
  if (head[0] !== 0x1f || head[1] !== 0x8b) return stream;
  const gunzip = createGunzip();
  stream.on('error', (error) => gunzip.destroy(error));
  gunzip.on('close', () => stream.destroy());
  return stream.pipe(gunzip);
}
