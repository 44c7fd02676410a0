/**
 * The one reading of a recorded URL, for every stage: the origin always comes from target-url,
 * so a URL keeps only its path and query. Decoders reject what is no HTTP URL; the replay stage
 * reads the same way, so a request can never be sent anywhere but below the target.
 */
export interface ReducedUrl {
    /** Path and query, starting with `/`; the fragment is dropped (clients never send it). */
    path: string;
    /** `scheme://host[:port]` when the URL named one: the deployment the recording came from. */
    origin?: string;
}
/**
 * `/p` stays; `http(s)://h/p?q` and protocol-relative `//h/p?q` keep `/p?q` and name their
 * origin; anything else (`p`, `mailto:x`, `javascript:…`, `ftp://…`) is no HTTP URL reference
 * with a path on a server, and reads as undefined.
 */
export declare function reduceUrl(url: string): ReducedUrl | undefined;
/** The path and query of a recorded URL, or a one-line error saying what the URL must be. */
export declare function originRelative(url: string, what?: string): string;
export declare function reduceOrThrow(url: string, what?: string): ReducedUrl;
