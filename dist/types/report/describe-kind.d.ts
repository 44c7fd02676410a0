import type { DifferenceKind } from '../compare/types.js';
/**
 * A sort of change at a place in a reader's words; an unknown kind (from a newer results file) as
 * itself. What comes and goes at a list index (`$.items[*]`) is an element, and a compared
 * response header (`header:etag`) a header, not a field.
 */
export declare function describeKind(kind: DifferenceKind, pattern: string): string;
