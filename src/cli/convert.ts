import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { InputError } from '../errors.js';
import { logLine } from '../log-line.js';
import type { SnapshotFormat } from '../snapshot/detect.js';
import { readExchanges } from '../snapshot/read.js';
import { resolveSnapshot } from '../snapshot/source.js';
import { DecodeIssues, type Exchange } from '../snapshot/types.js';
import { type CliIo, type Command, parseCommandArgs, regionFlag, S3_OPTIONS, S3_USAGE } from './command.js';

export const convert: Command = {
  name: 'convert',
  summary: 'turn a HAR or GoReplay snapshot into canonical NDJSON (gzip when OUT ends in .gz)',
  usage: `Usage: replay-gate convert IN OUT [options]

Reads IN with the gate's own readers (HAR, GoReplay or NDJSON, plain or gzip; a file, a folder,
s3://bucket/key or s3://bucket/prefix/) and writes canonical NDJSON, one exchange per line, to
OUT: a file (gzip when its name ends in .gz), or - for standard output. Entries that cannot be
decoded are listed on standard error with their position; the rest is converted.
Exit code: 0 converted, 2 nothing could be read or OUT could not be written.

Options:
${S3_USAGE}`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('convert', args, S3_OPTIONS);
    if (values.help) {
      io.stdout.write(`${convert.usage}\n`);
      return 0;
    }
    if (positionals.length !== 2) throw new InputError(`convert: expected IN and OUT, got ${positionals.length} argument(s) (see replay-gate convert --help)`);
    const [input, output] = positionals as [string, string];
    if (output !== '-' && !input.startsWith('s3://') && path.resolve(io.cwd, input) === path.resolve(io.cwd, output)) {
      throw new InputError('convert: OUT must not be IN: the input would be overwritten while it is read');
    }
    const source = await resolveSnapshot(input, { s3: { endpoint: values['s3-endpoint'] ?? '', region: regionFlag(values) }, workspace: io.cwd });
    const issues = new DecodeIssues();
    const formats: SnapshotFormat[] = [];
    let count = 0;
    const lines = (async function* () {
      for await (const exchange of readExchanges(source, issues, { onPart: (_, format) => formats.push(format) })) {
        count++;
        yield `${canonicalLine(exchange)}\n`;
      }
    })();
    await write(lines, output, io);
    const from = [...new Set(formats)].join('+') || 'empty';
    io.stderr.write(`${logLine(`Converted ${count} exchanges from ${source.name} (${from}) to ${output === '-' ? 'standard output' : output}; ${issues.count} entries could not be decoded`)}\n`);
    for (const issue of issues.kept) io.stderr.write(`${logLine(`  ${issue.source} ${issue.position}: ${issue.message}`)}\n`);
    // Nothing converted from a snapshot that had entries is a failure a script should notice:
    // 2, could not, as every command says it.
    return count === 0 && issues.count > 0 ? 2 : 0;
  },
};

/** The design's field order (id, recordedAt, request, response), whatever order the reader built. */
export function canonicalLine(exchange: Exchange): string {
  const { id, recordedAt, request, response } = exchange;
  const line = {
    id,
    ...(recordedAt !== undefined ? { recordedAt } : {}),
    // The recorded origin goes back into the URL, where NDJSON keeps it (the comparison reads it).
    request: { method: request.method, url: request.origin ? `${request.origin}${request.url}` : request.url, headers: request.headers, body: request.body },
    ...(response ? { response } : {}),
  };
  return JSON.stringify(line);
}

/** Writes through a temporary name and renames at the end, so a failed run leaves no half file as OUT. */
async function write(lines: AsyncIterable<string>, output: string, io: CliIo): Promise<void> {
  if (output === '-') {
    for await (const line of lines) if (!io.stdout.write(line)) await once(io.stdout, 'drain');
    return;
  }
  const target = path.resolve(io.cwd, output);
  const partial = `${target}.partial`;
  try {
    if (target.endsWith('.gz')) await pipeline(Readable.from(lines), createGzip(), createWriteStream(partial));
    else await pipeline(Readable.from(lines), createWriteStream(partial));
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') throw new InputError(`convert: cannot write ${output} (${code})`);
    throw error;
  }
}
