/**
 * How deep a JSON body may nest and still be compared by meaning. The comparison, the
 * redaction and the report renderings walk values recursively, and JSON.stringify does too:
 * a body nested 10^5 deep (a few hundred KB) overflows the stack in any of them. Real API
 * answers nest tens of levels (serde_json refuses past 128, .NET's System.Text.Json past 64),
 * and 512 levels of the recursive walks stay far inside Node's default stack, whatever frames
 * the caller already holds. A deeper body is compared by length and hash.
 */
export declare const MAX_JSON_DEPTH = 512;
/**
 * Whether JSON text (already known to parse) nests deeper than `limit`. Scans the text once
 * without recursion, skipping strings, so it runs before anything recursive sees the value.
 */
export declare function nestsDeeperThan(text: string, limit?: number): boolean;
