/**
 * A body compared by length and hash instead of by meaning: one past the body cap, or one
 * whose content cannot be compared safely (JSON nested too deep). The hash covers the first
 * `MAX_BODY_BYTES` only, whatever the body's length, because that is all a capped decoder
 * produces: a body's digest is the same whether it arrived compressed or not.
 */
export interface BodyDigest {
    /** The body's length in bytes; with `partial`, only how much was decoded before the cap. */
    bytes: number;
    /** SHA-256 (hex) of the body's first MAX_BODY_BYTES bytes (all of it when shorter). */
    sha256: string;
    /** Decoding stopped at the cap: the body is longer than `bytes`, by an unknown amount. */
    partial?: true;
}
/** Bodies past this many bytes, decoded, are kept as a digest (README "Caps on hostile input"). */
export declare const MAX_BODY_BYTES: number;
/** The digest of a body of which `start` is the beginning (at most `cap` bytes of it are hashed). */
export declare function digestOf(start: Buffer, bytes?: number, partial?: boolean, cap?: number): BodyDigest;
/**
 * Whether two digests may be of the same body: the same hash, and the same length unless one
 * length is only a lower bound (a body decoded up to the cap).
 */
export declare function sameDigest(a: BodyDigest, b: BodyDigest): boolean;
/** `12582912 bytes, sha256 1f2e3d4c5b6a…` or `over 10485760 bytes, …` for one decoded up to the cap. */
export declare function describeDigest(digest: BodyDigest): string;
