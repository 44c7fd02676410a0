import type { Readable } from 'node:stream';
import { linesOf } from './lines.js';
import { ExchangeFormatError, parseExchangeLine } from './ndjson.js';
import { type PartContext, reportIssue } from './part.js';
import type { Exchange } from './types.js';

/** Canonical NDJSON (design §3): one exchange per line; a bad line is an issue, not the end. */
export async function* readNdjson(input: Readable, context: PartContext): AsyncGenerator<Exchange> {
  context.position = 'at the start';
  for await (const line of linesOf(input)) {
    context.position = `after line ${line.number}`;
    if (line.text.trim() === '') continue;
    try {
      const exchange = parseExchangeLine(line);
      if (context.idPrefix && exchange.id === `line-${line.number}`) exchange.id = `${context.idPrefix}${exchange.id}`;
      yield exchange;
    } catch (error) {
      if (!(error instanceof ExchangeFormatError)) throw error;
      reportIssue(context, `line ${line.number}`, error.message);
    }
  }
}
