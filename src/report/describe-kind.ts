import type { DifferenceKind } from '../compare/types.js';

const WORDS: Record<DifferenceKind, string> = {
  status: 'status changed', 'content-type': 'content type changed', header: 'header changed',
  format: 'body format changed', removed: 'field removed', added: 'field added', type: 'type changed',
  value: 'value changed', length: 'length changed', order: 'order changed', text: 'text changed',
  bytes: 'bytes changed', 'no-response': 'no response',
};

/**
 * A sort of change at a place in a reader's words; an unknown kind (from a newer results file) as
 * itself. What comes and goes at a list index (`$.items[*]`) is an element, and a compared
 * response header (`header:etag`) a header, not a field.
 */
export function describeKind(kind: DifferenceKind, pattern: string): string {
  // Not any closing bracket: a key that is no identifier is written `$["a b"]`, and is a field.
  if ((kind === 'removed' || kind === 'added') && pattern.endsWith('[*]')) return `element ${kind}`;
  if ((kind === 'removed' || kind === 'added') && pattern.startsWith('header:')) return `header ${kind}`;
  return WORDS[kind] ?? String(kind);
}
