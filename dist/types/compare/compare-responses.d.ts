import type { ObservedResponse } from '../replay/types.js';
import type { OriginSet } from './origins.js';
import type { Redactor } from './redact.js';
import type { CompareRules, Difference } from './types.js';
/**
 * Compares a candidate's response with a reference one by meaning: status class, media type,
 * chosen headers, and the body by what it is (JSON tree, text lines, or bytes).
 */
export declare function compareResponses(expected: ObservedResponse, actual: ObservedResponse, rules: CompareRules, method: string, redactor?: Redactor, renders?: boolean, origins?: OriginSet): {
    differences: Difference[];
    truncated: boolean;
    materialise: () => void;
};
