import type { ExampleRequest } from '../score/types.js';
import type { HeaderMap } from '../snapshot/types.js';

const DROPPED = new Set(['cookie', 'authorization', 'host', 'content-length', 'connection', 'accept-encoding']);

/** A curl command that replays the example against the target; configured header values are masked. */
export function curlCommand(example: ExampleRequest, targetUrl: string, secretHeaders: HeaderMap): string {
  const url = targetUrl.replace(/\/+$/, '') + example.url;
  const parts = ['curl', '-sS', '-i'];
  if (example.method !== 'GET') parts.push('-X', shellQuote(example.method));
  for (const [name, value] of Object.entries(example.requestHeaders)) {
    if (!DROPPED.has(name) && !(name in secretHeaders)) parts.push('-H', shellQuote(`${name}: ${value}`));
  }
  for (const name of Object.keys(secretHeaders)) parts.push('-H', shellQuote(`${name}: ***`));
  parts.push(shellQuote(url));
  return parts.join(' ');
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`).replace(/[\r\n]/g, ' ')}'`;
}
