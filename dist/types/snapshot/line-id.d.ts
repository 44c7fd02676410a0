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
export declare function idAtFront(line: string): string | undefined;
