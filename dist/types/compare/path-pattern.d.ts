import type { PathPattern } from './types.js';
export declare function compilePathPattern(source: string): PathPattern;
/** Appends a key to a JSON path the way patterns spell it. */
export declare function childPath(path: string, key: string): string;
