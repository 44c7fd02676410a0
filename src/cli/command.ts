import type { EventEmitter } from 'node:events';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../errors.js';

/**
 * Where a command reads and writes. Streams rather than callbacks, so a command can honour
 * back-pressure (convert to standard output) or draw on a terminal (isTTY, columns).
 */
export interface CliIo {
  /** Relative paths are taken from here. */
  cwd: string;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** NO_COLOR, FORCE_COLOR, TERM; process.env when absent. */
  env?: NodeJS.ProcessEnv;
  /** Where Ctrl-C comes from: the process (SIGINT, SIGTERM) when absent. */
  signals?: EventEmitter;
}

/** One `replay-gate <name>` command. */
export interface Command {
  name: string;
  /** One line for `replay-gate --help`. */
  summary: string;
  /** The full `replay-gate <name> --help` text. */
  usage: string;
  /** Resolves to the exit code; a user mistake throws a GateError, which the dispatcher prints as one line. */
  run(args: string[], io: CliIo): Promise<number>;
}

export type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with its errors turned into one line that names the command. */
export function parseCommandArgs<T extends Options>(command: string, args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '');
    throw new InputError(`${command}: ${message} (see replay-gate ${command} --help)`);
  }
}

/** The bucket's region from --aws-region, or --region as it was once called. */
export function regionFlag(values: { 'aws-region'?: string | undefined; region?: string | undefined }): string {
  return values['aws-region'] ?? values.region ?? '';
}

/** The S3 flags every command that reads a snapshot takes, as the S3 settings of the engine. */
export const S3_OPTIONS = {
  's3-endpoint': { type: 'string' },
  'aws-region': { type: 'string' },
  // The name before the flags were named after the action's inputs; still read.
  region: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

export const S3_USAGE = `  --s3-endpoint URL   an S3-compatible store (MinIO, R2, s3rver), path-style
  --aws-region REGION  the bucket's region (else AWS_REGION, else us-east-1)
  Credentials come from the usual AWS chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY,
  AWS_PROFILE, web identity, instance metadata).`;
