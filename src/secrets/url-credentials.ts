// After the scheme, anything up to the last `@`: for text that does not parse as a URL, the part
// that may hold a user and password (a password with `/` in it breaks parsing).
const LOOSE_USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)[^]*@/i;

/** Whether a URL carries credentials before its host (`https://user:password@host`). */
export function carriesUserinfo(url: string): boolean {
  const parsed = parse(url);
  return parsed ? parsed.username !== '' || parsed.password !== '' : LOOSE_USERINFO.test(url.trim());
}

/** The URL as it may be printed: credentials before the host, if any, replaced by `***`. */
export function withoutUserinfo(url: string): string {
  if (!carriesUserinfo(url)) return url;
  const parsed = parse(url);
  if (parsed) return `${parsed.protocol}//***@${parsed.host}${parsed.pathname}${parsed.search}${parsed.hash}`;
  return url.trim().replace(LOOSE_USERINFO, '$1***@');
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url.trim());
  } catch {
    return undefined;
  }
}
