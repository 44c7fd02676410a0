const FRONT = '{"id":"';

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
  if (line.includes('"id"', end) || line.includes('\\u0069', end) || line.includes('\\u0064', end)) return undefined;
  return id;
}
