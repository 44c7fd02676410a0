/**
 * Errors that carry what the user must fix. Their message is one line meant for a person;
 * main.ts prints it without a stack trace and turns it into verdict `error`.
 */
export declare class GateError extends Error {
    name: string;
}
/** An action input or CLI flag is missing or malformed. */
export declare class InputError extends GateError {
    name: string;
}
/** The snapshot cannot be found, read or decoded as a whole. */
export declare class SnapshotError extends GateError {
    name: string;
}
/** The rules file is unreadable or does not match the schema. */
export declare class ConfigError extends GateError {
    name: string;
}
/** The target (or baseline) could not be reached well enough to judge it. */
export declare class TargetUnreachableError extends GateError {
    name: string;
}
/** The run was stopped (the runner cancelled the job, Ctrl-C) before it judged anything. */
export declare class CancelledError extends GateError {
    name: string;
}
export declare function messageOf(error: unknown): string;
