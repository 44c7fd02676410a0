import { type PartContext, reportIssue } from './part.js';
import type { Exchange, RecordedResponse } from './types.js';

/** Where a payload came from, for an issue about it. */
export interface PayloadPlace {
  context: PartContext;
  position: string;
}

interface Pending {
  id: string;
  exchange?: Exchange;
  response?: RecordedResponse;
  place: PayloadPlace;
  paired: boolean;
}

/**
 * Pairs GoReplay requests (type 1) with their responses (type 2) by payload id, and hands the
 * exchanges on in request order. A capture holds only requests unless GoReplay was told to
 * track responses, and a response may be written before its request, so nothing waits
 * forever: past `window` payloads, a request goes on without a recorded response and a
 * response without its request is reported. Memory stays within `window` exchanges.
 */
export class GorPairer {
  private readonly queue = new Map<number, Pending>();
  /** Ids still waiting for their other half, to their place in the queue. */
  private readonly waiting = new Map<string, number>();
  private next = 0;

  constructor(private readonly window = 10_000) {}

  request(id: string, exchange: Exchange, place: PayloadPlace): Exchange[] {
    const early = this.partnerOf(id, 'response');
    if (early) {
      early.exchange = exchange;
      if (early.response) exchange.response = early.response;
      early.paired = true;
    } else {
      this.enqueue({ id, exchange, place, paired: false });
    }
    return this.drain();
  }

  response(id: string, response: RecordedResponse, place: PayloadPlace): Exchange[] {
    const request = this.partnerOf(id, 'exchange');
    if (request) {
      request.exchange!.response = response;
      request.paired = true;
    } else {
      this.enqueue({ id, response, place, paired: false });
    }
    return this.drain();
  }

  /** The end of the snapshot: whatever still waits goes on alone. */
  flush(): Exchange[] {
    return this.drain(0);
  }

  private partnerOf(id: string, has: 'exchange' | 'response'): Pending | undefined {
    const slot = this.waiting.get(id);
    const pending = slot === undefined ? undefined : this.queue.get(slot);
    if (!pending || pending[has] === undefined) return undefined;
    this.waiting.delete(id);
    return pending;
  }

  private enqueue(pending: Pending): void {
    const slot = this.next++;
    this.queue.set(slot, pending);
    // A repeated id takes over the wait; the earlier payload goes on unpaired when its turn comes.
    this.waiting.set(pending.id, slot);
  }

  /** Hands on the head of the queue while it is paired, or while the queue is over `window`. */
  private drain(window = this.window): Exchange[] {
    const out: Exchange[] = [];
    // Each round removes the head, so the loop ends within the queue's length.
    for (const [slot, head] of this.queue) {
      if (!head.paired && this.queue.size <= window) break;
      this.queue.delete(slot);
      if (this.waiting.get(head.id) === slot) this.waiting.delete(head.id);
      if (head.exchange) out.push(head.exchange);
      else reportIssue(head.place.context, head.place.position, `a response (id ${head.id}) without its request`);
    }
    return out;
  }
}
