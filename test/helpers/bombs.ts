import type { Transform } from 'node:stream';
import { constants, createBrotliCompress, createDeflate, createDeflateRaw, gzipSync } from 'node:zlib';

export const GIB = 1024 * 1024 * 1024;
export const MIB = 1024 * 1024;

export type BombCoding = 'gzip' | 'deflate' | 'deflate-raw' | 'br';

/**
 * A compressed body of `bytes` copies of `fill` (zeros by default): a decompression bomb, as a
 * hostile answer or recording would carry it (1 GiB is about 1 MB of gzip, 190 KB of brotli).
 * Built by streaming one small buffer through the compressor, so making it never holds the
 * inflated size; cached, as several tests send the same ones.
 */
export function bomb(coding: BombCoding, bytes: number, fill = 0): Promise<Buffer> {
  const key = `${coding} ${bytes} ${fill}`;
  let made = cache.get(key);
  if (!made) cache.set(key, (made = coding === 'gzip' ? gzipMembers(bytes, fill) : compress(compressor(coding), bytes, fill)));
  return made;
}

/**
 * gzip as the strongest bombs are made: one member of 64 MiB at level 9, repeated (RFC 1952
 * §2.2: the members of a gzip file decode one after the other). 1 GiB in about 1 MB.
 */
async function gzipMembers(bytes: number, fill: number): Promise<Buffer> {
  const size = Math.min(bytes, 64 * MIB);
  const member = gzipSync(Buffer.alloc(size, fill), { level: 9 });
  const members = Array<Buffer>(Math.floor(bytes / size)).fill(member);
  if (bytes % size > 0) members.push(gzipSync(Buffer.alloc(bytes % size, fill), { level: 9 }));
  return Buffer.concat(members);
}

const cache = new Map<string, Promise<Buffer>>();

function compressor(coding: Exclude<BombCoding, 'gzip'>): Transform {
  switch (coding) {
    case 'deflate':
      return createDeflate({ level: 1 });
    case 'deflate-raw':
      return createDeflateRaw({ level: 1 });
    case 'br':
      return createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 1, [constants.BROTLI_PARAM_LGWIN]: 24 } });
  }
}

async function compress(stream: Transform, bytes: number, fill: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const piece = Buffer.alloc(Math.min(bytes, 4 * MIB), fill);
  // Each round writes one piece and waits for the compressor to take it: the loop ends at `bytes`.
  for (let left = bytes; left > 0; left -= piece.length) {
    const part = left >= piece.length ? piece : piece.subarray(0, left);
    if (!stream.write(part)) await new Promise((resolve) => stream.once('drain', resolve));
  }
  stream.end();
  await ended;
  return Buffer.concat(chunks);
}
