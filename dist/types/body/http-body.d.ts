/**
 * A body whose framing cannot be followed: the recorder's observer gives up on the connection,
 * the GoReplay reader on the message (src/snapshot/http-message.ts).
 */
export declare class FramingError extends Error {
}
export type BodyFraming = 'length' | 'chunked' | 'close';
/**
 * One HTTP/1.1 message body as its bytes go past, in whatever pieces they arrive: by
 * Content-Length, by chunked transfer coding (RFC 9112 §7.1: the chunk framing taken off,
 * trailers passed over), or until the connection closes. The body's own bytes go to `sink` as
 * slices of the chunks fed, never copied. The one chunked decoder: the recorder's observer feeds
 * it a connection's chunks, the GoReplay reader a whole recorded message.
 */
export declare class BodyReader {
    framing: BodyFraming;
    /** Gets the body's bytes, when someone wants them. */
    sink: ((piece: Buffer) => void) | undefined;
    private remaining;
    private state;
    private digits;
    private lineBytes;
    private trailerBytes;
    start(framing: BodyFraming, length: number, sink: ((piece: Buffer) => void) | undefined): void;
    /** A chunked body's last chunk (size 0) has been read: only trailers and the blank line may follow. */
    get lastChunkRead(): boolean;
    /** Reads from `chunk[pos]`: the index just past the body's end, or -1 when the body goes on past this chunk. */
    read(chunk: Buffer, pos: number): number;
    private readChunked;
    private line;
    private trailer;
}
