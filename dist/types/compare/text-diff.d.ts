import type { DifferenceCollector } from './json-diff.js';
/**
 * The most lines added plus removed that text bodies are diffed for. jsdiff's Myers diff costs
 * about the square of the edit distance: 20,000 changed lines take a minute, while past this
 * bound it gives up in well under a second, even on 10 MiB bodies (measured on jsdiff 9). A
 * count of the edit distance, not a time limit, so a comparison gives the same answer on any
 * machine; beyond it the bodies are too different for a line count to say more anyway.
 */
export declare const MAX_TEXT_EDITS = 1000;
export declare const TOO_MANY_EDITS = "more than 1000 lines changed: compared by line count and SHA-256";
/** Text bodies by lines: how many were removed and added, or past MAX_TEXT_EDITS a summary of each side. */
export declare function diffText(a: string, b: string, out: DifferenceCollector): void;
