/**
 * Characters a reader cannot see, or that reorder the text around them, listed on their own
 * (not src/report/visible.ts's rule, which is what is being tested): C0 and C1 controls and DEL,
 * soft hyphen, Arabic letter mark, Hangul fillers, Mongolian vowel separator, zero-width space,
 * non-joiner and joiner, LRM and RLM, line and paragraph separators, bidi embeddings, overrides
 * and isolates, word joiner and invisible operators, BOM, interlinear annotations, tag characters.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]|\u{E0001}|[\u{E0020}-\u{E007F}]/gu;

/**
 * Invisible characters in rendered output, as code points, except those the layout may keep
 * (`keep`, e.g. line breaks in a code block) and the escapers' own zero-width spaces, which break
 * `@name`, `#12` and `GH-12` on purpose.
 */
export function strayInvisibles(rendered: string, keep = ''): string[] {
  const ours = rendered.replace(/@\u200b/g, '@').replace(/#\u200b/g, '#').replace(/(GH)\u200b-/gi, '$1-');
  return [...ours.matchAll(INVISIBLE)].map((m) => m[0]).filter((c) => !keep.includes(c)).map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}

/** One of each kind the reports must show, not render: bidi, zero-width, controls, tags. */
export const HOSTILE_INVISIBLES = [
  '\u202e', '\u202a', '\u202d', '\u2066', '\u2067', '\u2069', '\u200e', '\u200f', '\u061c', '\u200b', '\u200c', '\u200d',
  '\u2060', '\ufeff', '\u00ad', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b', '\u2028', '\u2029', '\u3164',
  '\u{E0041}', '\u{E007F}', '\u180e',
];
