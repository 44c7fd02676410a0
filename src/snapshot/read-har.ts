import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { harEntryToExchange } from './har.js';
import { HarScanner, type ScanEvent } from './har-scanner.js';
import { ExchangeFormatError } from './exchange-format-error.js';
import { type PartContext, reportIssue } from './part.js';
import type { Exchange } from './types.js';

/** HAR 1.2, streamed: entries are cut out of the byte stream one at a time and parsed alone. */
export async function* readHar(input: Readable, context: PartContext): AsyncGenerator<Exchange> {
  const decoder = new StringDecoder('utf8');
  const scanner = new HarScanner();
  let atStart = true;
  context.position = 'at the start';
  for await (const chunk of input as AsyncIterable<Buffer>) {
    let text = decoder.write(chunk);
    // Tools on Windows start UTF-8 files with a byte order mark; JSON does not allow one.
    if (atStart && text.length > 0) {
      if (text.startsWith('\uFEFF')) text = text.slice(1);
      atStart = false;
    }
    yield* exchangesOf(scanner.push(text), context);
    context.position = `after entry ${scanner.entryCount}`;
  }
  yield* exchangesOf(scanner.push(decoder.end()), context);
  yield* exchangesOf(scanner.end(), context);
}

function* exchangesOf(events: ScanEvent[], context: PartContext): Generator<Exchange> {
  for (const event of events) {
    if (event.kind === 'problem') {
      reportIssue(context, `line ${event.line}, column ${event.column}`, event.message);
      continue;
    }
    const position = `entry ${event.index} (line ${event.line})`;
    let value: unknown;
    try {
      value = JSON.parse(event.text);
    } catch (error) {
      reportIssue(context, position, `not JSON: ${(error as Error).message}`);
      continue;
    }
    try {
      const exchange = harEntryToExchange(value, `${context.idPrefix}entry-${event.index}`);
      exchange.place = { source: context.name, position };
      yield exchange;
    } catch (error) {
      if (!(error instanceof ExchangeFormatError)) throw error;
      reportIssue(context, position, error.message);
    }
  }
}
