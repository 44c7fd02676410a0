import type { PathPattern } from './types.js';

/**
 * Compiles a rule path into a matcher on generalised paths (`$.items[*].price`).
 * Supported: `$.a.b`, `$["odd key"]`, `[*]` or `[3]` for array elements (both match any index),
 * `*` for any one key, `$..name` for `name` at any depth, and `header:name`.
 */
// One key of an object, however childPath spelt it: `.name` or `["odd key"]`.
const ANY_KEY = '(?:\\.[^.[]+|\\["(?:[^"\\\\]|\\\\.)*"\\])';

export function compilePathPattern(source: string): PathPattern {
  const text = source.trim();
  if (/^header:/i.test(text)) {
    const wanted = `header:${text.slice(7).trim().toLowerCase()}`;
    return { source, test: (path) => path === wanted };
  }
  if (!text.startsWith('$')) throw new Error(`"${source}" must start with $ (a JSON path) or header:`);
  let regex = '^\\$';
  let i = 1;
  while (i < text.length) {
    if (text.startsWith('..', i)) {
      regex += `(?:${ANY_KEY}|\\[\\*\\])*`;
      i += 1;
      continue;
    }
    if (text[i] === '.') {
      const name = /^[^.[]+/.exec(text.slice(i + 1))?.[0];
      if (!name) throw new Error(`"${source}": a "." must be followed by a field name`);
      regex += name === '*' ? ANY_KEY : `\\.${escape(name)}`;
      i += 1 + name.length;
    } else if (text[i] === '[' && (text[i + 1] === '"' || text[i + 1] === "'")) {
      const { key, end } = quotedKey(text, i + 1, source);
      // Spelled as childPath spells it, so the pattern meets the paths the comparison builds.
      regex += escape(childPath('', key));
      i = end;
    } else if (text[i] === '[') {
      const end = text.indexOf(']', i);
      if (end === -1) throw new Error(`"${source}": "[" is never closed`);
      const inner = text.slice(i + 1, end);
      if (inner === '*' || /^\d+$/.test(inner)) regex += '\\[\\*\\]';
      else throw new Error(`"${source}": use [*], [0] or ["key"] inside brackets`);
      i = end + 1;
    } else {
      throw new Error(`"${source}": unexpected "${text[i]}" at position ${i}`);
    }
  }
  const compiled = new RegExp(`${regex}$`);
  return { source, test: (path) => compiled.test(path) };
}

/** Reads `"key"]` (JSON escapes) or `'key']` starting at the quote; returns the key and the index after `]`. */
function quotedKey(text: string, start: number, source: string): { key: string; end: number } {
  const quote = text[start]!;
  let i = start + 1;
  while (i < text.length && text[i] !== quote) i += text[i] === '\\' && quote === '"' ? 2 : 1;
  if (i >= text.length || text[i + 1] !== ']') throw new Error(`"${source}": a quoted key must end with ${quote}]`);
  const raw = text.slice(start, i + 1);
  let key: string;
  try {
    key = quote === '"' ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  } catch {
    throw new Error(`"${source}": ${raw} is not a valid quoted key`);
  }
  return { key, end: i + 2 };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Appends a key to a JSON path the way patterns spell it. */
export function childPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$-]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
