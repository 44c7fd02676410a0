/**
 * The query of a recorded path-and-query URL, one parameter at a time. Parameters the caller does
 * not touch keep their exact recorded text (encoding, order, `+`), so the request a target gets
 * differs from the recorded one only where the caller says.
 */
export interface QueryParam {
    /** Decoded (`+` is a space). */
    name: string;
    /** Decoded; empty for `?flag` as for `?flag=`. */
    value: string;
    /** As recorded, `name=value`. */
    raw: string;
}
export declare function queryParams(url: string): QueryParam[];
/**
 * The URL with each parameter, by its decoded name, kept (`undefined`), dropped (`null`) or given
 * another value (a string, written percent-encoded after the recorded name). A query left empty
 * loses its `?`. Every recorded request goes through here on its way out, so an untouched URL is
 * returned as it is, and only names with escapes are decoded.
 */
export declare function rewriteQuery(url: string, rewrite: (name: string) => string | null | undefined): string;
