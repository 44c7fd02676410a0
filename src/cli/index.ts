#!/usr/bin/env node
/**
 * The replay-gate command line: `replay-gate <command> [args]`. Each command is one file; to add
 * one, import it and list it in COMMANDS. Every command exits 0 pass (or done), 1 fail, 2 could
 * not judge (a mistake in the flags, an unreadable snapshot, a bug), 130 interrupted.
 */
import { GateError, messageOf } from '../errors.js';
import { logLine, logLines } from '../log-line.js';
import type { CliIo, Command } from './command.js';
import { convert } from './convert.js';
import { inspect } from './inspect.js';
import { merge } from './merge.js';
import { record } from './record.js';
import { run } from './run.js';
import { packageVersion } from '../version.js';

const COMMANDS: readonly Command[] = [inspect, convert, run, merge, record];

function usage(): string {
  const width = COMMANDS.reduce((most, c) => Math.max(most, c.name.length), 0);
  return [
    'Usage: replay-gate <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'replay-gate <command> --help shows the options of one command; replay-gate --version the version.',
    'Exit code, every command: 0 pass, 1 fail, 2 could not judge (or a mistake in the flags), 130 interrupted.',
  ].join('\n');
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    io.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`${logLine(`replay-gate: unknown command "${name}"; expected one of ${COMMANDS.map((c) => c.name).join(', ')} (see replay-gate --help)`)}\n`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    // A user mistake is one line; anything else is a bug and keeps its stack.
    if (error instanceof GateError) io.stderr.write(`${logLine(`replay-gate: ${messageOf(error)}`)}\n`);
    else io.stderr.write(`${logLines(`replay-gate: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)}\n`);
    // Never 1: a script reads 1 as "the gate found a regression".
    return 2;
  }
}

// The AWS SDK warns on Node 20 about its future floor; the warning is noise for a CLI user.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.exitCode = await main(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
// Interrupted, the reports are written; a request or a wait it left behind must not hold the terminal.
if (process.exitCode === 130) process.exit();
