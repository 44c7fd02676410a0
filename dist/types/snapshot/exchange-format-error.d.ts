/** Thrown for one entry (line, HAR entry, GoReplay payload) that is not a valid exchange; the reader counts it and goes on. */
export declare class ExchangeFormatError extends Error {
}
