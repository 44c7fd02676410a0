import path from 'node:path';
import { loadRuleBook } from '../config/load.js';
import { GateError, InputError, messageOf } from '../errors.js';
import { logLine } from '../log-line.js';
import { judgePartials } from '../partial.js';
import { readPartial } from '../partial-file.js';
import type { FailOn } from '../verdict/verdict.js';
import { type Command, type Options, parseCommandArgs } from './command.js';
import { writeLocalReports } from './run.js';

export const MERGE_USAGE = `Usage: replay-gate merge DIR... [--out DIR] [options]

Judges the shards of one run (replay-gate run --shard I/N --out DIR, one per shard) as one
unsharded run of the same snapshot: merges their partial.json files, judges, and writes the
same reports as run (results.json, report.html, report.md). Each DIR is a shard's folder or a
partial file. Shards that disagree on what they read (the snapshot's objects and ETags, the
seed, the rules, the gate's version), a shard missing, given twice or one that could not judge
make the verdict error, naming the shards. Exit code as run's: 0 pass, 1 fail, 2 could not
judge (or a mistake in the flags or files), 130 when a shard was interrupted.

Options:
  --out DIR        where the reports go (default replay-gate-report)
  --config FILE    rules file (default .github/replay-gate.yml; missing = defaults): must be
                   the one the shards ran with
  --fail-on WHAT   breaking | changed | never (default: the shards' own)
  --json           print results.json to standard output (messages stay on standard error)`;

const OPTIONS = {
  out: { type: 'string' },
  config: { type: 'string' },
  'fail-on': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/** `replay-gate merge`: the merge job of a sharded run, locally. */
export const merge: Command = {
  name: 'merge',
  summary: 'judge the partial results of a sharded run (run --shard i/n) as one run and write the reports',
  usage: MERGE_USAGE,
  async run(args, io) {
    try {
      const { values, positionals } = parseCommandArgs('merge', args, OPTIONS);
      if (values.help) {
        io.stdout.write(`${MERGE_USAGE}\n`);
        return 0;
      }
      if (positionals.length === 0) throw new InputError('give the shards\' folders (or partial files) to merge (see replay-gate merge --help)');
      const partials = [];
      for (const where of positionals) partials.push(await readPartial(path.resolve(io.cwd, where)));
      const config = values.config ?? '';
      const rules = await loadRuleBook(config, io.cwd);
      const failOn = values['fail-on'] === undefined ? undefined : failOnFlag(values['fail-on']);
      const results = judgePartials(partials, { rules, ...(failOn ? { failOn } : {}) });
      return await writeLocalReports(results, { out: values.out, json: values.json === true }, { gate: { headers: {} }, config }, rules, io);
    } catch (error) {
      if (!(error instanceof GateError)) throw error;
      io.stderr.write(`${logLine(`replay-gate merge: ${messageOf(error).replace(/input "([a-z0-9-]+)"/g, '--$1').replace(/^merge: /, '')}`)}\n`);
      return 2;
    }
  },
};

function failOnFlag(value: string): FailOn {
  const name = value.trim().toLowerCase();
  if (name !== 'breaking' && name !== 'changed' && name !== 'never') throw new InputError(`--fail-on must be one of breaking, changed, never; got "${value.slice(0, 40)}"`);
  return name;
}
