/**
 * Colour on a terminal, as Node itself decides it: FORCE_COLOR forces it on (or off with 0 or
 * false) even into a pipe, else NO_COLOR (any non-empty value) turns it off, else a TTY that is
 * not TERM=dumb has it. Only the CLI's own words are coloured, never data from a snapshot.
 */
export function colourEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR) return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export type Paint = (style: 'pass' | 'fail' | 'error' | 'dim', text: string) => string;

const CODES = { pass: '32', fail: '31', error: '33', dim: '2' } as const;

export function painter(enabled: boolean): Paint {
  return enabled ? (style, text) => `\u001b[${CODES[style]}m${text}\u001b[0m` : (_, text) => text;
}
