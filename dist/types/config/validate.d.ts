/**
 * A validator for the subset of JSON Schema that configSchema uses, with errors that name the
 * place in the user's file the way they would write it: `routes[2].tolerance["$.total"]`.
 */
type Schema = Record<string, any>;
export declare function validate(value: unknown, schema: Schema, at?: string): string[];
export {};
