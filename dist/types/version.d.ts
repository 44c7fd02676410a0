/**
 * This package's version, from its package.json: the one found walking up from this file, which
 * is dist/ when bundled, installed or not, and build/src/ in the tests.
 */
export declare function packageVersion(from?: string): string;
