const FRONT = '{"id":"';
// Anything after the front id that could be an id key too: `"id"` itself, or an escape that
// spells its `i` or its `d`. One regex pass over the line: three `includes` passes cost about
// 1 µs a line of 450 characters, most of the second read's time (bench/time-to-verdict.ts).
const ANOTHER_ID = /"id"|\\u006[49]/g;

/**
 * The id of a canonical NDJSON line, read without parsing it, when the line starts with it as
 * the gate's writers put it (`{"id":"…",`) and nothing else in the line could be an id too:
 * JSON.parse keeps the last of repeated keys, and a key may be spelt with escapes
 * (`"\u0069d"`). Undefined whenever that is not certain: the line is then parsed as usual.
 *
 * It lets the selection's second pass, which replays about one line in a hundred, skip the rest
 * unparsed (select/select.ts mayBeChosen): parsing every line was most of that pass's time
 * (bench/time-to-verdict.ts).
 */
export function idAtFront(line: string): string | undefined {
  if (!line.startsWith(FRONT)) return undefined;
  const end = line.indexOf('"', FRONT.length);
  if (end === -1) return undefined;
  const id = line.slice(FRONT.length, end);
  // An escape in the id itself means JSON.parse would read other characters than these.
  if (id.includes('\\')) return undefined;
  ANOTHER_ID.lastIndex = end;
  if (ANOTHER_ID.test(line)) return undefined;
  return id;
}
