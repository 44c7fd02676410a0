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

export function queryParams(url: string): QueryParam[] {
  const start = url.indexOf('?');
  if (start === -1) return [];
  return url.slice(start + 1).split('&').filter(Boolean).map((raw) => {
    const equals = raw.indexOf('=');
    const rawName = equals === -1 ? raw : raw.slice(0, equals);
    return { name: decodeSafe(rawName), value: equals === -1 ? '' : decodeSafe(raw.slice(equals + 1)), raw };
  });
}

/**
 * The URL with each parameter, by its decoded name, kept (`undefined`), dropped (`null`) or given
 * another value (a string, written percent-encoded after the recorded name). A query left empty
 * loses its `?`. Every recorded request goes through here on its way out, so an untouched URL is
 * returned as it is, and only names with escapes are decoded.
 */
export function rewriteQuery(url: string, rewrite: (name: string) => string | null | undefined): string {
  const start = url.indexOf('?');
  if (start === -1) return url;
  let kept: string[] | undefined;
  for (let from = start + 1; from <= url.length; ) {
    const amp = url.indexOf('&', from);
    const end = amp === -1 ? url.length : amp;
    const equals = url.indexOf('=', from);
    const rawName = url.slice(from, equals === -1 || equals > end ? end : equals);
    const replacement = rawName ? rewrite(/[%+]/.test(rawName) ? decodeSafe(rawName) : rawName) : undefined;
    if (replacement === undefined) kept?.push(url.slice(from, end));
    else {
      kept ??= from > start + 1 ? url.slice(start + 1, from - 1).split('&') : [];
      if (replacement !== null) kept.push(`${rawName}=${encodeURIComponent(replacement)}`);
    }
    from = end + 1;
  }
  if (!kept) return url;
  return kept.length > 0 ? `${url.slice(0, start)}?${kept.join('&')}` : url.slice(0, start);
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
