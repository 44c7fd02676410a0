import { decompressed } from './decompress.js';
import { linesOf } from './lines.js';
import { ExchangeFormatError, parseExchangeLine } from './ndjson.js';
import type { SnapshotSource } from './source.js';
import type { DecodeIssues, Exchange } from './types.js';

/**
 * Streams the exchanges of a snapshot. Bad lines and a truncated stream are recorded in
 * `issues` and skipped, so one broken line never costs the rest of the snapshot.
 */
export async function* readExchanges(source: SnapshotSource, issues: DecodeIssues): AsyncGenerator<Exchange> {
  const input = await decompressed(await source.open());
  let lastLine = 0;
  try {
    for await (const line of linesOf(input)) {
      lastLine = line.number;
      if (line.text.trim() === '') continue;
      try {
        yield parseExchangeLine(line);
      } catch (error) {
        if (!(error instanceof ExchangeFormatError)) throw error;
        issues.add({ source: source.name, position: `line ${line.number}`, message: error.message });
      }
    }
  } catch (error) {
    if (error instanceof ExchangeFormatError) throw error;
    // A truncated gzip or a dropped connection ends the stream; what was read still counts.
    issues.add({
      source: source.name,
      position: `after line ${lastLine}`,
      message: `the snapshot stream ended early: ${(error as Error).message}`,
    });
  } finally {
    input.destroy();
  }
}
