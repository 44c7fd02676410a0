/**
 * A short one-line rendering of a JSON value for reports. `mask` is applied to every string and
 * key before it is written, so a secret inside one is gone before the text is cut to length.
 */
export declare function renderValue(value: unknown, max?: number, mask?: (text: string) => string): string;
export declare function jsonType(value: unknown): string;
/** Replaces array indices by [*] so every element of a list counts as one place. */
export declare function generalise(path: string): string;
