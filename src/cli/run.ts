import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cancelOnSignals } from '../cancel-on-signals.js';
import { DEFAULT_CONFIG_PATH, loadRuleBook } from '../config/load.js';
import type { RuleBook } from '../config/rule-book.js';
import { GateError, InputError, messageOf } from '../errors.js';
import { type GateOptions, type GateResults, runGate, tallyGate } from '../gate.js';
import type { GatePartial } from '../partial.js';
import { writePartial } from '../partial-file.js';
import type { ReplayProgress } from '../replay/replay.js';
import { parseShard, shardName } from '../shard.js';
import { readInputs } from '../inputs.js';
import { reproductionOf } from '../report/curl.js';
import { renderMarkdown } from '../report/markdown.js';
import { writeReports } from '../report/write-reports.js';
import { logLine } from '../log-line.js';
import { ProgressLog } from '../replay/progress.js';
import { type CliIo, type Command, type Options, parseCommandArgs, regionFlag, S3_OPTIONS, S3_USAGE } from './command.js';
import { colourEnabled, painter } from './colour.js';
import { ProgressBar } from './progress-bar.js';

export const RUN_USAGE = `Usage: replay-gate run --snapshot SNAPSHOT --target-url URL [options]

Runs the whole gate locally, as the action does: replays the snapshot against the deployment,
compares every answer, and writes the reports (results.json, report.html, report.md) to a
folder. Exit code: 0 pass, 1 fail, 2 could not judge (or a mistake in the flags), 130
interrupted: Ctrl-C stops the replay and writes the reports of what was judged; a second
Ctrl-C quits at once.

Options (the action's inputs, same names and defaults):
  --snapshot SNAPSHOT     a file, a folder, s3://bucket/key or s3://bucket/prefix/ (required)
  --target-url URL        the deployment to judge (required)
  --baseline-url URL      a known-good deployment to compare with
  --config FILE           rules file (default .github/replay-gate.yml; missing = defaults)
  --out DIR               where the reports go (default replay-gate-report)
  --fail-on WHAT          breaking | changed | never (default breaking)
  --max-requests N        request budget (default 1000)
  --concurrency N         requests in flight per target (default 8)
  --rate-limit N          requests per second per target, 0 = unlimited (default 50)
  --timeout-ms N          per request, the whole answer (default 10000)
  --methods LIST          methods that may be replayed (default GET,HEAD,OPTIONS)
  --headers 'N: v\nN: v'  added to every request, one per line; values are never printed
  --header 'Name: value'  the same, one header per flag; repeatable
  --seed N                sampling seed (default: from the snapshot's name, so re-runs agree)
  --wait-for PATH         poll this path until it answers 2xx before replaying
  --wait-timeout-ms N     how long to wait for it (default 300000)
  --json                  print results.json to standard output (messages stay on standard error)
  --shard I/N             run shard I of N (1-based): replay only that share of the selection,
                          at 1/N of the rate limit, and write DIR/partial.json instead of the
                          reports (exit 0 once written); replay-gate merge judges the N of them
${S3_USAGE}

Colour on a terminal; NO_COLOR turns it off, FORCE_COLOR on.`;

// Flags named like the action's inputs, so readInputs validates both the same way.
const INPUT_FLAGS = [
  'snapshot', 'target-url', 'baseline-url', 'config', 'fail-on', 'max-requests', 'concurrency', 'rate-limit',
  'timeout-ms', 'methods', 'wait-for', 'wait-timeout-ms', 'seed', 'headers',
] as const;

const OPTIONS = {
  ...S3_OPTIONS,
  ...Object.fromEntries(INPUT_FLAGS.map((flag) => [flag, { type: 'string' as const }])),
  out: { type: 'string' },
  header: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  shard: { type: 'string' },
} as const satisfies Options;

/**
 * `replay-gate run`: the whole gate, locally, through the same engine as the action (runGate).
 * Its exit codes tell pass, fail and could-not-judge apart, so a mistake in the flags is 2 here,
 * printed by the command itself, rather than the dispatcher's 1, which would read as "fail".
 */
export const run: Command = {
  name: 'run',
  summary: 'run the whole gate locally against a deployment and write the reports to a folder',
  usage: RUN_USAGE,
  async run(args, io) {
    try {
      return await runGateLocally(args, io);
    } catch (error) {
      if (!(error instanceof GateError)) throw error;
      // The action's messages name inputs; here they are flags.
      const message = messageOf(error).replace(/input "([a-z0-9-]+)"/g, '--$1');
      io.stderr.write(`${logLine(`replay-gate run: ${message.replace(/^run: /, '')}`)}\n`);
      return 2;
    }
  },
};

async function runGateLocally(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('run', args, OPTIONS);
  if (values.help) {
    io.stdout.write(`${RUN_USAGE}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new InputError(`unexpected argument "${positionals[0]}"; the snapshot goes in --snapshot (see replay-gate run --help)`);
  const flags = values as Record<string, string | string[] | boolean | undefined>;
  const input = (name: string): string => {
    if (name === 'headers') return [flags.headers as string | undefined, ...((flags.header as string[] | undefined) ?? [])].filter(Boolean).join('\n');
    if (name === 'aws-region') return regionFlag(flags as { 'aws-region'?: string; region?: string });
    const value = flags[name];
    return typeof value === 'string' ? value : '';
  };
  const inputs = readInputs(input, io.cwd);
  const shard = typeof flags.shard === 'string' ? parseShard(flags.shard, '--shard') : undefined;
  const rules = await loadRuleBook(inputs.config, io.cwd);

  const bar = io.stderr.isTTY ? new ProgressBar(io.stderr) : undefined;
  const log = (line: string) => {
    bar?.finish();
    // A terminal, or a CI log when the CLI runs in a workflow: data must draw nothing on either.
    io.stderr.write(`${logLine(line)}\n`);
  };
  const progressLog = new ProgressLog(log);
  const cancellation = cancelOnSignals(io.signals ?? process, {
    onSignal: (signal, count) => {
      if (count === 1) log(`${signal}: stopping the replay; the reports will hold what was judged (again to quit at once).`);
    },
    // A second Ctrl-C means now; with signals handed in (a test), nothing exits the process.
    ...(io.signals ? {} : { giveUpAt: 2, exit: () => process.exit(130) }),
  });
  const hooks = { log, progress: (p: ReplayProgress) => (bar ? bar.update(p) : progressLog.update(p)), signal: cancellation.stop };
  try {
    if (shard) {
      let partial: GatePartial;
      try {
        partial = await tallyGate({ ...inputs.gate, rules, shard }, hooks);
      } finally {
        bar?.finish();
      }
      return await writeShard(partial, flags, io);
    }
    let results: GateResults;
    try {
      results = await runGate({ ...inputs.gate, rules }, hooks);
    } finally {
      bar?.finish();
    }
    return await writeLocalReports(results, { out: flags.out as string | undefined, json: flags.json === true }, inputs, rules, io);
  } finally {
    cancellation.dispose();
  }
}

/**
 * A shard writes its partial and says in one line what it did; the merge judges. Exit 0 once the
 * partial is written, whatever it holds (a shard that could not judge says so in it), 130 when
 * interrupted.
 */
async function writeShard(partial: GatePartial, flags: Record<string, string | string[] | boolean | undefined>, io: CliIo): Promise<number> {
  const out = path.resolve(io.cwd, (flags.out as string | undefined) ?? 'replay-gate-report');
  const file = await writePartial(out, partial);
  const shown = path.relative(io.cwd, file) || file;
  if (flags.json) io.stdout.write(`${JSON.stringify(partial, null, 2)}\n`);
  const name = `shard ${shardName(partial.shard)}`;
  const what = partial.error ? `could not judge: ${partial.error.replace(/^cannot judge: /, '')}` : `judged ${partial.judged} of ${partial.selection.counts.selected} selected requests`;
  io.stderr.write(`${logLine(`replay-gate ${name} ${what}${partial.cancelled ? ' (interrupted)' : ''}; partial in ${shown}`)}\n`);
  return partial.cancelled ? 130 : 0;
}

/** Writes results.json, report.html and report.md to `out`, prints the verdict; the exit code `run` and `merge` give. */
export async function writeLocalReports(
  results: GateResults,
  flags: { out?: string | undefined; json: boolean },
  inputs: { gate: { headers: GateOptions['headers'] }; config: string },
  rules: RuleBook,
  io: CliIo,
): Promise<number> {
  const out = path.resolve(io.cwd, flags.out ?? 'replay-gate-report');
  const reproduction = reproductionOf(inputs.gate.headers, rules);
  const configPath = inputs.config || DEFAULT_CONFIG_PATH;
  const files = await writeReports(results, out, { checkName: 'replay-gate', reproduction, configPath });
  const markdown = path.join(out, 'report.md');
  await writeFile(markdown, renderMarkdown(results, { checkName: 'replay-gate', reproduction, configPath }));

  const shown = (file: string) => path.relative(io.cwd, file) || file;
  const reports = `${logLine(`Reports: ${shown(files.json)}, ${shown(files.html)}, ${shown(markdown)}`)}\n`;
  if (flags.json) {
    // The same object as results.json, for a script to read: nothing else goes to stdout.
    io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    io.stderr.write(reports);
  } else {
    const paint = painter(colourEnabled(io.stdout, io.env ?? process.env));
    io.stdout.write(`${paint(results.verdict, `replay-gate ${results.verdict}`)}: ${logLine(results.reason)}\n`);
    io.stdout.write(reports);
  }
  if (results.cancelled) return 130;
  return results.verdict === 'pass' ? 0 : results.verdict === 'fail' ? 1 : 2;
}
