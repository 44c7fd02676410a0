#!/usr/bin/env node
/**
 * The replay-gate command line: `replay-gate <command> [args]`. Each command is one file; to add
 * one, import it and list it in COMMANDS.
 */
import { GateError, messageOf } from '../errors.js';
import { logLine, logLines } from '../log-line.js';
import type { CliIo, Command } from './command.js';
import { convert } from './convert.js';
import { inspect } from './inspect.js';
import { record } from './record.js';
import { run } from './run.js';

const COMMANDS: readonly Command[] = [inspect, convert, run, record];

function usage(): string {
  const width = COMMANDS.reduce((most, c) => Math.max(most, c.name.length), 0);
  return [
    'Usage: replay-gate <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'replay-gate <command> --help shows the options of one command.',
  ].join('\n');
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(`${usage()}\n`);
    return name === undefined ? 1 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`${logLine(`replay-gate: unknown command "${name}"; expected one of ${COMMANDS.map((c) => c.name).join(', ')} (see replay-gate --help)`)}\n`);
    return 1;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    // A user mistake is one line; anything else is a bug and keeps its stack.
    if (error instanceof GateError) io.stderr.write(`${logLine(`replay-gate: ${messageOf(error)}`)}\n`);
    else io.stderr.write(`${logLines(`replay-gate: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)}\n`);
    return 1;
  }
}

// The AWS SDK warns on Node 20 about its future floor; the warning is noise for a CLI user.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.exitCode = await main(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
// Interrupted, the reports are written; a request or a wait it left behind must not hold the terminal.
if (process.exitCode === 130) process.exit();
