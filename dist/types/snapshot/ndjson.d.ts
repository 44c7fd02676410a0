import type { Exchange } from './types.js';
/** Decodes one canonical NDJSON line (design §3) into an exchange. */
export declare function parseExchangeLine(text: string, number: number): Exchange;
export declare function toExchange(value: unknown, fallbackId: string): Exchange;
