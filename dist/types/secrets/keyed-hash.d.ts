/**
 * What the recorder writes in place of a credential it must not keep: `rg-hmac-` and the first
 * 32 hex digits of an HMAC-SHA256 under the recording's key. Equal values stay equal, so a
 * snapshot still tells one caller from another, and no token can be read back from it.
 */
export declare const KEYED_HASH_PREFIX = "rg-hmac-";
/** Whether a recorded value carries a keyed hash (a whole header, or one cookie of several). */
export declare function holdsKeyedHash(value: string): boolean;
