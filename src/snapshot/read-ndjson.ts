import type { Readable } from 'node:stream';
import { ExchangeFormatError } from './exchange-format-error.js';
import { lineBatchesOf, MAX_LINE_BYTES } from './lines.js';
import { idAtFront } from './line-id.js';
import { parseExchangeLine } from './ndjson.js';
import { type PartContext, reportIssue } from './part.js';
import type { Exchange } from './types.js';

/**
 * Canonical NDJSON (design §3): one exchange per line; a bad line is an issue, not the end.
 * `wanted`: a line whose id can be read unparsed (line-id.ts) and is not wanted is skipped, not
 * parsed; any other line is read as usual.
 */
export async function* readNdjson(input: Readable, context: PartContext, wanted?: (id: string) => boolean): AsyncGenerator<Exchange> {
  context.position = 'at the start';
  for await (const batch of lineBatchesOf(input)) {
    for (const line of batch) {
      if (line.text === undefined) {
        reportIssue(context, `line ${line.number}`, `the line is ${line.bytes} bytes, over the ${MAX_LINE_BYTES / 1024 / 1024} MiB line cap; skipped`);
        continue;
      }
      if (line.text.trim() === '') continue;
      if (wanted) {
        const id = idAtFront(line.text);
        if (id !== undefined && !wanted(id)) continue;
      }
      try {
        const exchange = parseExchangeLine(line.text, line.number);
        if (context.idPrefix && exchange.id === `line-${line.number}`) exchange.id = `${context.idPrefix}${exchange.id}`;
        exchange.place = { source: context.name, position: `line ${line.number}` };
        yield exchange;
      } catch (error) {
        if (!(error instanceof ExchangeFormatError)) throw error;
        reportIssue(context, `line ${line.number}`, error.message);
      }
    }
    // A stream fails only between batches, so the position a cut-off part names is set once a batch.
    context.position = `after line ${batch[batch.length - 1]!.number}`;
  }
}
