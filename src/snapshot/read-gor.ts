import type { Readable } from 'node:stream';
import { type GorPayload, gorPayloads } from './gor-payloads.js';
import type { GorPairer, PayloadPlace } from './gor-pairing.js';
import { parseHttpRequest, parseHttpResponse } from './http-message.js';
import { ExchangeFormatError } from './exchange-format-error.js';
import { type PartContext, reportIssue } from './part.js';
import type { Exchange } from './types.js';

/**
 * GoReplay files (.gor). Requests and responses are paired by the pairer, which the reader of
 * a whole snapshot shares between its chunks: a response can land in the chunk after its request.
 * Type 3 payloads (responses of an earlier replay, not of production) are not recordings and are passed over.
 */
export async function* readGor(input: Readable, context: PartContext, pairer: GorPairer): AsyncGenerator<Exchange> {
  context.position = 'at the start';
  for await (const payload of gorPayloads(input)) {
    const position = `payload ${payload.index} (byte ${payload.offset})`;
    if (payload.kind === 'problem') reportIssue(context, position, payload.message);
    else if (payload.type !== 3) yield* paired(payload, { context, position }, pairer);
    context.position = `after payload ${payload.index}`;
  }
}

async function* paired(payload: GorPayload, place: PayloadPlace, pairer: GorPairer): AsyncGenerator<Exchange> {
  try {
    if (payload.type === 1) {
      const exchange: Exchange = { id: payload.id, request: await parseHttpRequest(payload.message), place: { source: place.context.name, position: place.position } };
      const recordedAt = isoTime(payload.timestamp);
      if (recordedAt) exchange.recordedAt = recordedAt;
      yield* pairer.request(payload.id, exchange, place);
    } else {
      const response = await parseHttpResponse(payload.message);
      if (payload.latency !== undefined && Number(payload.latency) >= 0) response.durationMs = Math.round(Number(payload.latency) / 1e6);
      yield* pairer.response(payload.id, response, place);
    }
  } catch (error) {
    if (!(error instanceof ExchangeFormatError)) throw error;
    reportIssue(place.context, place.position, `${payload.type === 1 ? 'request' : 'response'} ${payload.id}: ${error.message}`);
  }
}

/** GoReplay timestamps are nanoseconds since the epoch; older versions wrote milliseconds or seconds. */
function isoTime(timestamp: string): string | undefined {
  const digits = timestamp.length;
  const ms = digits >= 18 ? Number(BigInt(timestamp) / 1_000_000n)
    : digits >= 15 ? Math.floor(Number(timestamp) / 1000)
    : digits >= 12 ? Number(timestamp)
    : Number(timestamp) * 1000;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
