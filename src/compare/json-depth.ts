/**
 * How deep a JSON body may nest and still be compared by meaning. The comparison, the
 * redaction and the report renderings walk values recursively, and JSON.stringify does too:
 * a body nested 10^5 deep (a few hundred KB) overflows the stack in any of them. Real API
 * answers nest tens of levels (serde_json refuses past 128, .NET's System.Text.Json past 64),
 * and 512 levels of the recursive walks stay far inside Node's default stack, whatever frames
 * the caller already holds. A deeper body is compared by length and hash.
 */
export const MAX_JSON_DEPTH = 512;

/**
 * Whether JSON text (already known to parse) nests deeper than `limit`. Scans the text once
 * without recursion, skipping strings, so it runs before anything recursive sees the value.
 */
export function nestsDeeperThan(text: string, limit = MAX_JSON_DEPTH): boolean {
  // Each level takes an opening and a closing bracket.
  if (text.length <= 2 * limit) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) i = endOfString(text, i);
    else if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/** The index of the quote that closes the string opened at `open`: one not escaped by a backslash. */
function endOfString(text: string, open: number): number {
  let quote = text.indexOf('"', open + 1);
  // Each round moves past one quote, so the loop ends within the text.
  while (quote !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return quote;
    quote = text.indexOf('"', quote + 1);
  }
  return text.length;
}
