/**
 * Errors that carry what the user must fix. Their message is one line meant for a person;
 * main.ts prints it without a stack trace and turns it into verdict `error`.
 */
export class GateError extends Error {
  override name = 'GateError';
}

/** An action input or CLI flag is missing or malformed. */
export class InputError extends GateError {
  override name = 'InputError';
}

/** The snapshot cannot be found, read or decoded as a whole. */
export class SnapshotError extends GateError {
  override name = 'SnapshotError';
}

/** The rules file is unreadable or does not match the schema. */
export class ConfigError extends GateError {
  override name = 'ConfigError';
}

/** The target (or baseline) could not be reached well enough to judge it. */
export class TargetUnreachableError extends GateError {
  override name = 'TargetUnreachableError';
}

/** The run was stopped (the runner cancelled the job, Ctrl-C) before it judged anything. */
export class CancelledError extends GateError {
  override name = 'CancelledError';
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? String(error);
  return String(error);
}
