import type { OutgoingRequest } from './types.js';

// The rules undici's Request applies before it sends anything (lib/core/request.js and
// lib/core/util.js, undici 7): test/hostile/unsendable.test.ts holds this file to them.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// A path may hold nothing outside U+0021–U+00FF: no space, no control, nothing past Latin-1.
const PATH_CHAR = /[^\u0021-\u00ff]/;
// A field value: tab, visible ASCII, space and obs-text (U+0080–U+00FF); no CR, LF, NUL or DEL.
const VALUE_CHAR = /[^\t\u0020-\u007e\u0080-\u00ff]/;
// Headers undici computes or manages itself and refuses to take from the caller.
const REFUSED = new Map([
  ['transfer-encoding', 'the client frames the body itself'],
  ['keep-alive', 'the client manages its connections'],
  ['upgrade', 'the gate never upgrades a connection'],
  ['expect', 'the client does not support it'],
]);
// Names and methods come from the snapshot: a reason quotes them, never at any length.
const QUOTED_CHARS = 60;

/**
 * Why the HTTP client would refuse to send this request, or undefined when it can be sent.
 * undici refuses such a request synchronously, and in a Pool the connection it had picked is then
 * left waiting for a drain that never comes: enough of them and nothing is sent again. So nothing
 * is dispatched before this says it may be. The reason names the header or the character, never
 * a header's value, which may be a credential.
 */
export function whyUnsendable(request: OutgoingRequest): string | undefined {
  if (!TOKEN.test(request.method)) return `the method ${quoted(request.method)} is not an HTTP token`;
  if (!request.path.startsWith('/')) return 'the path does not start with /';
  const badPath = PATH_CHAR.exec(request.path);
  if (badPath) return `the path holds ${described(badPath[0])} (character ${badPath.index + 1}), which HTTP/1.1 cannot carry unencoded`;
  let host = false;
  let length = false;
  for (const name in request.headers) {
    const value = request.headers[name]!;
    // Stricter than undici, which lowercases first: a non-ASCII name such as "\u212Aey" (Kelvin
    // sign) lowercases to the token "key" there, and would go out as other bytes than recorded.
    if (!TOKEN.test(name)) return `the header name ${quoted(name)} is not an HTTP token`;
    const badValue = VALUE_CHAR.exec(value);
    if (badValue) return `the value of header ${quoted(name.toLowerCase())} holds ${described(badValue[0])} (character ${badValue.index + 1})`;
    const lower = name.toLowerCase();
    const refused = REFUSED.get(lower);
    if (refused) return `the header ${quoted(lower)} cannot be sent: ${refused}`;
    if (lower === 'host') {
      if (host) return 'the header "host" is given twice';
      host = true;
    } else if (lower === 'content-length') {
      if (length) return 'the header "content-length" is given twice';
      length = true;
      if (!/^[0-9]+$/.test(value)) return 'the header "content-length" is not a whole number';
    } else if (lower === 'connection' && !value.split(',').every((option) => TOKEN.test(option.trim()))) {
      return 'the header "connection" holds something other than a list of tokens';
    }
  }
  return undefined;
}

function quoted(text: string): string {
  const points = [...text];
  const shown = points.length > QUOTED_CHARS ? `${points.slice(0, QUOTED_CHARS - 1).join('')}…` : text;
  return JSON.stringify(shown);
}

/** A character as a reader can see it, whatever it is: `a space`, `U+000A`, `U+202E`. */
function described(char: string): string {
  if (char === ' ') return 'a space';
  const code = char.codePointAt(0)!;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
