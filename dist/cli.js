#!/usr/bin/env node
import { createRequire as __banner_createRequire } from 'node:module'; const require = __banner_createRequire(import.meta.url);
import {
  cancelOnSignals,
  logLine,
  logLines,
  readInputs,
  renderMarkdown,
  reproductionOf,
  writeReports
} from "./chunks/chunk-HN3FAGHK.js";
import {
  BodyReader,
  DEFAULT_CONFIG_PATH,
  DecodeIssues,
  FramingError,
  ProgressLog,
  SegmentCensus,
  appendAll,
  describeProgress,
  judgePartials,
  loadRuleBook,
  packageVersion,
  parseShard,
  readExchanges,
  readPartial,
  resolveSnapshot,
  runGate,
  shardName,
  tallyGate,
  writePartial
} from "./chunks/chunk-FFXT3XKC.js";
import {
  DEFAULT_METHODS,
  DEFAULT_SETTINGS,
  KEY_VARIABLE,
  Recorder,
  holdsKeyedHash,
  openOutput,
  parseRate,
  redactionKey
} from "./chunks/chunk-EVNO6FFN.js";
import {
  DEFAULT_CREDENTIAL_POLICY,
  MAX_BODY_BYTES,
  inferredEndpoint
} from "./chunks/chunk-LAR5VPMU.js";
import "./chunks/chunk-SN7PMGTJ.js";
import {
  GateError,
  InputError,
  messageOf
} from "./chunks/chunk-FOZA2LEF.js";
import "./chunks/chunk-ZGTIDDXV.js";
import "./chunks/chunk-QGATWBSM.js";
import "./chunks/chunk-FRUAGFES.js";

// src/cli/convert.ts
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { once } from "node:events";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";

// src/cli/command.ts
import { parseArgs } from "node:util";
function parseCommandArgs(command, args, options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error.message.split("\n")[0].replace(/\. To specify a positional argument.*$/, "");
    throw new InputError(`${command}: ${message} (see replay-gate ${command} --help)`);
  }
}
function regionFlag(values) {
  return values["aws-region"] ?? values.region ?? "";
}
var S3_OPTIONS = {
  "s3-endpoint": { type: "string" },
  "aws-region": { type: "string" },
  // The name before the flags were named after the action's inputs; still read.
  region: { type: "string" },
  help: { type: "boolean", short: "h" }
};
var S3_USAGE = `  --s3-endpoint URL   an S3-compatible store (MinIO, R2, s3rver), path-style
  --aws-region REGION  the bucket's region (else AWS_REGION, else us-east-1)
  Credentials come from the usual AWS chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY,
  AWS_PROFILE, web identity, instance metadata).`;

// src/cli/convert.ts
var convert = {
  name: "convert",
  summary: "turn a HAR or GoReplay snapshot into canonical NDJSON (gzip when OUT ends in .gz)",
  usage: `Usage: replay-gate convert IN OUT [options]

Reads IN with the gate's own readers (HAR, GoReplay or NDJSON, plain or gzip; a file, a folder,
s3://bucket/key or s3://bucket/prefix/) and writes canonical NDJSON, one exchange per line, to
OUT: a file (gzip when its name ends in .gz), or - for standard output. Entries that cannot be
decoded are listed on standard error with their position; the rest is converted.
Exit code: 0 converted, 2 nothing could be read or OUT could not be written.

Options:
${S3_USAGE}`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("convert", args, S3_OPTIONS);
    if (values.help) {
      io.stdout.write(`${convert.usage}
`);
      return 0;
    }
    if (positionals.length !== 2) throw new InputError(`convert: expected IN and OUT, got ${positionals.length} argument(s) (see replay-gate convert --help)`);
    const [input, output] = positionals;
    if (output !== "-" && !input.startsWith("s3://") && path.resolve(io.cwd, input) === path.resolve(io.cwd, output)) {
      throw new InputError("convert: OUT must not be IN: the input would be overwritten while it is read");
    }
    const source = await resolveSnapshot(input, { s3: { endpoint: values["s3-endpoint"] ?? "", region: regionFlag(values) }, workspace: io.cwd });
    const issues = new DecodeIssues();
    const formats = [];
    let count = 0;
    const lines = (async function* () {
      for await (const exchange of readExchanges(source, issues, { onPart: (_, format) => formats.push(format) })) {
        count++;
        yield `${canonicalLine(exchange)}
`;
      }
    })();
    await write(lines, output, io);
    const from = [...new Set(formats)].join("+") || "empty";
    io.stderr.write(`${logLine(`Converted ${count} exchanges from ${source.name} (${from}) to ${output === "-" ? "standard output" : output}; ${issues.count} entries could not be decoded`)}
`);
    for (const issue of issues.kept) io.stderr.write(`${logLine(`  ${issue.source} ${issue.position}: ${issue.message}`)}
`);
    return count === 0 && issues.count > 0 ? 2 : 0;
  }
};
function canonicalLine(exchange) {
  const { id, recordedAt, request, response } = exchange;
  const line = {
    id,
    ...recordedAt !== void 0 ? { recordedAt } : {},
    // The recorded origin goes back into the URL, where NDJSON keeps it (the comparison reads it).
    request: { method: request.method, url: request.origin ? `${request.origin}${request.url}` : request.url, headers: request.headers, body: request.body },
    ...response ? { response } : {}
  };
  return JSON.stringify(line);
}
async function write(lines, output, io) {
  if (output === "-") {
    for await (const line of lines) if (!io.stdout.write(line)) await once(io.stdout, "drain");
    return;
  }
  const target = path.resolve(io.cwd, output);
  const partial = `${target}.partial`;
  try {
    if (target.endsWith(".gz")) await pipeline(Readable.from(lines), createGzip(), createWriteStream(partial));
    else await pipeline(Readable.from(lines), createWriteStream(partial));
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    const code = error.code;
    if (code === "ENOENT" || code === "EACCES" || code === "EISDIR") throw new InputError(`convert: cannot write ${output} (${code})`);
    throw error;
  }
}

// src/cli/inspect.ts
var MAX_CALLERS = 1e5;
var inspect = {
  name: "inspect",
  summary: "count a snapshot's exchanges per endpoint, method and status, and list decode errors",
  usage: `Usage: replay-gate inspect SNAPSHOT [options]

Reads a snapshot as the gate would (NDJSON, HAR or GoReplay, plain or gzip; a file, a folder,
s3://bucket/key or s3://bucket/prefix/) and prints what it holds: exchanges per endpoint,
method and recorded status, and every entry that could not be decoded, with its position.
Exit code: 0 read (decode errors listed), 2 nothing could be read.

Options:
  --json             print the summary as JSON
  --top N            endpoints to list (default 50; 0 for all)
${S3_USAGE}`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("inspect", args, { ...S3_OPTIONS, json: { type: "boolean" }, top: { type: "string" } });
    if (values.help) {
      io.stdout.write(`${inspect.usage}
`);
      return 0;
    }
    if (positionals.length !== 1) throw new InputError(`inspect: expected one SNAPSHOT, got ${positionals.length} (see replay-gate inspect --help)`);
    const top = values.top === void 0 ? 50 : Number(values.top);
    if (!Number.isInteger(top) || top < 0) throw new InputError(`inspect: --top must be a whole number, got "${values.top}"`);
    const summary = await summarize(positionals[0], { endpoint: values["s3-endpoint"] ?? "", region: regionFlag(values) }, io.cwd);
    io.stdout.write(values.json ? `${JSON.stringify(summary, null, 2)}
` : render(summary, top));
    return summary.exchanges === 0 && summary.decodeErrors > 0 ? 2 : 0;
  }
};
async function summarize(reference, s3, cwd) {
  const source = await resolveSnapshot(reference, { s3, workspace: cwd });
  const issues = new DecodeIssues();
  const summary = {
    snapshot: source.name,
    parts: [],
    exchanges: 0,
    withoutResponse: 0,
    methods: {},
    statuses: {},
    endpoints: [],
    decodeErrors: 0,
    decodeIssues: [],
    callers: { distinct: 0, requests: 0 }
  };
  const callers = /* @__PURE__ */ new Set();
  const perUrl = /* @__PURE__ */ new Map();
  const census = new SegmentCensus();
  const onPart = (name, format) => summary.parts.push({ name, format });
  for await (const exchange of readExchanges(source, issues, { onPart })) {
    summary.exchanges++;
    const { method, url } = exchange.request;
    summary.methods[method] = (summary.methods[method] ?? 0) + 1;
    const status = exchange.response ? String(exchange.response.status) : "none";
    if (!exchange.response) summary.withoutResponse++;
    summary.statuses[status] = (summary.statuses[status] ?? 0) + 1;
    const caller = keyedCaller(exchange.request.headers);
    if (caller !== void 0) {
      summary.callers.requests++;
      if (callers.size < MAX_CALLERS) callers.add(caller);
    }
    const endpoint = inferredEndpoint(method, url);
    census.count(endpoint);
    perUrl.set(endpoint, (perUrl.get(endpoint) ?? 0) + 1);
  }
  const endpoints = /* @__PURE__ */ new Map();
  for (const [name, count] of perUrl) {
    const endpoint = census.generalise(name);
    endpoints.set(endpoint, (endpoints.get(endpoint) ?? 0) + count);
  }
  summary.endpoints = [...endpoints].map(([endpoint, count]) => ({ endpoint, count })).sort((a, b) => b.count - a.count || (a.endpoint < b.endpoint ? -1 : 1));
  summary.decodeErrors = issues.count;
  summary.decodeIssues = issues.kept;
  summary.callers.distinct = callers.size;
  return summary;
}
function keyedCaller(headers) {
  let identity;
  for (const name of Object.keys(headers).sort()) {
    const value = headers[name];
    if (DEFAULT_CREDENTIAL_POLICY.isCredentialHeader(name) && holdsKeyedHash(value)) identity = `${identity ?? ""}${name}: ${value}
`;
  }
  return identity;
}
function render(summary, top) {
  const lines = [`Snapshot ${summary.snapshot}`];
  for (const part of summary.parts) lines.push(`  ${part.name} (${part.format})`);
  lines.push(`${summary.exchanges} exchanges, ${summary.withoutResponse} without a recorded response, ${summary.decodeErrors} decode errors`);
  if (summary.callers.requests > 0) {
    const atLeast = summary.callers.distinct >= MAX_CALLERS ? "at least " : "";
    lines.push(`${atLeast}${summary.callers.distinct} callers told apart by the recorder's keyed hashes of their credentials, on ${summary.callers.requests} requests`);
  }
  lines.push("", "By method:");
  appendAll(lines, table(Object.entries(summary.methods).sort((a, b) => b[1] - a[1])));
  lines.push("", "By status:");
  appendAll(lines, table(Object.entries(summary.statuses).sort((a, b) => a[0] < b[0] ? -1 : 1)));
  const shown = top === 0 ? summary.endpoints : summary.endpoints.slice(0, top);
  lines.push("", `By endpoint (${summary.endpoints.length}, busiest first):`);
  appendAll(lines, table(shown.map((e) => [e.endpoint, e.count])));
  if (shown.length < summary.endpoints.length) lines.push(`  ... and ${summary.endpoints.length - shown.length} more (--top 0 lists all)`);
  if (summary.decodeErrors > 0) {
    const more = summary.decodeErrors > summary.decodeIssues.length ? ` (the first ${summary.decodeIssues.length})` : "";
    lines.push("", `Decode errors: ${summary.decodeErrors}${more}`);
    appendAll(lines, summary.decodeIssues.map((issue) => `  ${issue.source} ${issue.position}: ${issue.message}`));
  }
  return `${lines.map(logLine).join("\n")}
`;
}
function table(rows) {
  const width = rows.reduce((most, [, count]) => Math.max(most, String(count).length), 1);
  return rows.map(([name, count]) => `  ${String(count).padStart(width)}  ${name}`);
}

// src/cli/merge.ts
import path3 from "node:path";

// src/cli/run.ts
import { writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/cli/colour.ts
function colourEnabled(stream, env) {
  const force = env.FORCE_COLOR;
  if (force !== void 0) return !["0", "false"].includes(force.toLowerCase());
  if (env.NO_COLOR) return false;
  return stream.isTTY === true && env.TERM !== "dumb";
}
var CODES = { pass: "32", fail: "31", error: "33", dim: "2" };
function painter(enabled) {
  return enabled ? (style, text) => `\x1B[${CODES[style]}m${text}\x1B[0m` : (_, text) => text;
}

// src/cli/progress-bar.ts
var WIDTH = 24;
var REDRAW_MS = 100;
var ProgressBar = class {
  constructor(stream, now = () => performance.now()) {
    this.stream = stream;
    this.now = now;
    this.started = now();
  }
  stream;
  now;
  started;
  lastDraw = Number.NEGATIVE_INFINITY;
  drawn = false;
  update(progress) {
    const now = this.now();
    if (progress.done !== progress.total && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const filled = progress.total === 0 ? WIDTH : Math.round(WIDTH * progress.done / progress.total);
    let line = `[${"\u2588".repeat(filled)}${"\u2591".repeat(WIDTH - filled)}] ${describeProgress(progress, now - this.started)}`;
    const columns = this.stream.columns || 100;
    if (line.length > columns - 1) line = line.slice(0, Math.max(0, columns - 1));
    this.stream.write(`\r${line}\x1B[K`);
    this.drawn = true;
  }
  /** Ends the bar's line so what is printed next (a message, Ctrl-C's notice) starts on its own. */
  finish() {
    if (this.drawn) this.stream.write("\n");
    this.drawn = false;
  }
};

// src/cli/run.ts
var RUN_USAGE = `Usage: replay-gate run --snapshot SNAPSHOT --target-url URL [options]

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
  --headers 'N: v
N: v'  added to every request, one per line; values are never printed
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
var INPUT_FLAGS = [
  "snapshot",
  "target-url",
  "baseline-url",
  "config",
  "fail-on",
  "max-requests",
  "concurrency",
  "rate-limit",
  "timeout-ms",
  "methods",
  "wait-for",
  "wait-timeout-ms",
  "seed",
  "headers"
];
var OPTIONS = {
  ...S3_OPTIONS,
  ...Object.fromEntries(INPUT_FLAGS.map((flag) => [flag, { type: "string" }])),
  out: { type: "string" },
  header: { type: "string", multiple: true },
  json: { type: "boolean" },
  shard: { type: "string" }
};
var run = {
  name: "run",
  summary: "run the whole gate locally against a deployment and write the reports to a folder",
  usage: RUN_USAGE,
  async run(args, io) {
    try {
      return await runGateLocally(args, io);
    } catch (error) {
      if (!(error instanceof GateError)) throw error;
      const message = messageOf(error).replace(/input "([a-z0-9-]+)"/g, "--$1");
      io.stderr.write(`${logLine(`replay-gate run: ${message.replace(/^run: /, "")}`)}
`);
      return 2;
    }
  }
};
async function runGateLocally(args, io) {
  const { values, positionals } = parseCommandArgs("run", args, OPTIONS);
  if (values.help) {
    io.stdout.write(`${RUN_USAGE}
`);
    return 0;
  }
  if (positionals.length > 0) throw new InputError(`unexpected argument "${positionals[0]}"; the snapshot goes in --snapshot (see replay-gate run --help)`);
  const flags = values;
  const input = (name) => {
    if (name === "headers") return [flags.headers, ...flags.header ?? []].filter(Boolean).join("\n");
    if (name === "aws-region") return regionFlag(flags);
    const value = flags[name];
    return typeof value === "string" ? value : "";
  };
  const inputs = readInputs(input, io.cwd);
  const shard = typeof flags.shard === "string" ? parseShard(flags.shard, "--shard") : void 0;
  const rules = await loadRuleBook(inputs.config, io.cwd);
  const bar = io.stderr.isTTY ? new ProgressBar(io.stderr) : void 0;
  const log = (line) => {
    bar?.finish();
    io.stderr.write(`${logLine(line)}
`);
  };
  const progressLog = new ProgressLog(log);
  const cancellation = cancelOnSignals(io.signals ?? process, {
    onSignal: (signal, count) => {
      if (count === 1) log(`${signal}: stopping the replay; the reports will hold what was judged (again to quit at once).`);
    },
    // A second Ctrl-C means now; with signals handed in (a test), nothing exits the process.
    ...io.signals ? {} : { giveUpAt: 2, exit: () => process.exit(130) }
  });
  const hooks = { log, progress: (p) => bar ? bar.update(p) : progressLog.update(p), signal: cancellation.stop };
  try {
    if (shard) {
      let partial;
      try {
        partial = await tallyGate({ ...inputs.gate, rules, shard }, hooks);
      } finally {
        bar?.finish();
      }
      return await writeShard(partial, flags, io);
    }
    let results;
    try {
      results = await runGate({ ...inputs.gate, rules }, hooks);
    } finally {
      bar?.finish();
    }
    return await writeLocalReports(results, { out: flags.out, json: flags.json === true }, inputs, rules, io);
  } finally {
    cancellation.dispose();
  }
}
async function writeShard(partial, flags, io) {
  const out = path2.resolve(io.cwd, flags.out ?? "replay-gate-report");
  const file = await writePartial(out, partial);
  const shown = path2.relative(io.cwd, file) || file;
  if (flags.json) io.stdout.write(`${JSON.stringify(partial, null, 2)}
`);
  const name = `shard ${shardName(partial.shard)}`;
  const what = partial.error ? `could not judge: ${partial.error.replace(/^cannot judge: /, "")}` : `judged ${partial.judged} of ${partial.selection.counts.selected} selected requests`;
  io.stderr.write(`${logLine(`replay-gate ${name} ${what}${partial.cancelled ? " (interrupted)" : ""}; partial in ${shown}`)}
`);
  return partial.cancelled ? 130 : 0;
}
async function writeLocalReports(results, flags, inputs, rules, io) {
  const out = path2.resolve(io.cwd, flags.out ?? "replay-gate-report");
  const reproduction = reproductionOf(inputs.gate.headers, rules);
  const configPath = inputs.config || DEFAULT_CONFIG_PATH;
  const files = await writeReports(results, out, { checkName: "replay-gate", reproduction, configPath });
  const markdown = path2.join(out, "report.md");
  await writeFile(markdown, renderMarkdown(results, { checkName: "replay-gate", reproduction, configPath }));
  const shown = (file) => path2.relative(io.cwd, file) || file;
  const reports = `${logLine(`Reports: ${shown(files.json)}, ${shown(files.html)}, ${shown(markdown)}`)}
`;
  if (flags.json) {
    io.stdout.write(`${JSON.stringify(results, null, 2)}
`);
    io.stderr.write(reports);
  } else {
    const paint = painter(colourEnabled(io.stdout, io.env ?? process.env));
    io.stdout.write(`${paint(results.verdict, `replay-gate ${results.verdict}`)}: ${logLine(results.reason)}
`);
    io.stdout.write(reports);
  }
  if (results.cancelled) return 130;
  return results.verdict === "pass" ? 0 : results.verdict === "fail" ? 1 : 2;
}

// src/cli/merge.ts
var MERGE_USAGE = `Usage: replay-gate merge DIR... [--out DIR] [options]

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
var OPTIONS2 = {
  out: { type: "string" },
  config: { type: "string" },
  "fail-on": { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var merge = {
  name: "merge",
  summary: "judge the partial results of a sharded run (run --shard i/n) as one run and write the reports",
  usage: MERGE_USAGE,
  async run(args, io) {
    try {
      const { values, positionals } = parseCommandArgs("merge", args, OPTIONS2);
      if (values.help) {
        io.stdout.write(`${MERGE_USAGE}
`);
        return 0;
      }
      if (positionals.length === 0) throw new InputError("give the shards' folders (or partial files) to merge (see replay-gate merge --help)");
      const partials = [];
      for (const where of positionals) partials.push(await readPartial(path3.resolve(io.cwd, where)));
      const config = values.config ?? "";
      const rules = await loadRuleBook(config, io.cwd);
      const failOn = values["fail-on"] === void 0 ? void 0 : failOnFlag(values["fail-on"]);
      const results = judgePartials(partials, { rules, ...failOn ? { failOn } : {} });
      return await writeLocalReports(results, { out: values.out, json: values.json === true }, { gate: { headers: {} }, config }, rules, io);
    } catch (error) {
      if (!(error instanceof GateError)) throw error;
      io.stderr.write(`${logLine(`replay-gate merge: ${messageOf(error).replace(/input "([a-z0-9-]+)"/g, "--$1").replace(/^merge: /, "")}`)}
`);
      return 2;
    }
  }
};
function failOnFlag(value) {
  const name = value.trim().toLowerCase();
  if (name !== "breaking" && name !== "changed" && name !== "never") throw new InputError(`--fail-on must be one of breaking, changed, never; got "${value.slice(0, 40)}"`);
  return name;
}

// src/cli/record.ts
import os from "node:os";
import path4 from "node:path";

// src/record/start-proxy.ts
import { createServer as createServer2 } from "node:http";

// src/record/proxy.ts
import { connect, createServer } from "node:net";

// src/record/http-head.ts
var HEAD_CAP = 64 * 1024;
var Unfollowable = class extends FramingError {
};
var CR = 13;
var SP = 32;
var TAB = 9;
var TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
function requestLine(head) {
  const { text } = head;
  const eol = head.fields - 2;
  const first = text.indexOf(" ");
  const second = first === -1 ? -1 : text.indexOf(" ", first + 1);
  if (first <= 0 || second === -1 || second >= eol || second === first + 1) throw new Unfollowable("a request line that is not METHOD TARGET HTTP/1.x");
  if (eol - second !== 9 || !isVersion(text, second + 1)) throw new Unfollowable("a request that is not HTTP/1.x");
  const method = text.slice(0, first);
  if (!TOKEN.test(method)) throw new Unfollowable("a request method that is not a token");
  return { method, target: text.slice(first + 1, second) };
}
function statusLine(head) {
  const { text } = head;
  const eol = head.fields - 2;
  if (eol < 12 || !isVersion(text, 0) || text.charCodeAt(8) !== SP || eol > 12 && text.charCodeAt(12) !== SP) {
    throw new Unfollowable("a response that is not HTTP/1.x");
  }
  let status = 0;
  for (let i = 9; i < 12; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) throw new Unfollowable("a status code that is not three digits");
    status = status * 10 + digit;
  }
  return status;
}
function readFraming(head, out) {
  out.length = -1;
  out.coding = "none";
  out.upgrade = false;
  out.problem = "";
  try {
    scanFraming(head, out);
  } catch (error) {
    if (!(error instanceof Unfollowable)) throw error;
    out.problem = error.message;
  }
}
function scanFraming(head, out) {
  const { text } = head;
  const last = text.length - 2;
  for (let pos = head.fields; pos < last; ) {
    const lf = text.indexOf("\n", pos);
    if (lf === -1 || lf > last || text.charCodeAt(lf - 1) !== CR) throw new Unfollowable("a header line not ending in CRLF");
    const first = text.charCodeAt(pos);
    if (first === SP || first === TAB) throw new Unfollowable("a folded header line");
    const letter = first | 32;
    if (letter === 99 || letter === 116 || letter === 117) {
      const colon = text.indexOf(":", pos);
      if (colon !== -1 && colon < lf) {
        const size = colon - pos;
        if (size === 14 || size === 17 || size === 7) {
          const name = text.slice(pos, colon).toLowerCase();
          if (name === "content-length") out.length = contentLength(text, colon + 1, lf - 1, out.length);
          else if (name === "transfer-encoding") out.coding = lastCoding(text.slice(colon + 1, lf - 1));
          else if (name === "upgrade") out.upgrade = true;
        }
      }
    }
    pos = lf + 1;
  }
  if (out.length !== -1 && out.coding !== "none") throw new Unfollowable("both Transfer-Encoding and Content-Length");
}
function headerRecord(head) {
  const headers = {};
  const { text } = head;
  const last = text.length - 2;
  for (let pos = head.fields; pos < last; ) {
    const eol = text.indexOf("\r\n", pos);
    const colon = text.indexOf(":", pos);
    if (colon === -1 || colon > eol) throw new Unfollowable("a header line without a colon");
    const name = text.slice(pos, colon).toLowerCase();
    let from = colon + 1;
    let to = eol;
    while (from < to && isOws(text.charCodeAt(from))) from++;
    while (to > from && isOws(text.charCodeAt(to - 1))) to--;
    const value = text.slice(from, to);
    const known = headers[name];
    if (known === void 0) headers[name] = value;
    else if (typeof known === "string") headers[name] = [known, value];
    else known.push(value);
    pos = eol + 2;
  }
  return headers;
}
function contentLength(text, from, to, before) {
  let length = before;
  let value = -1;
  let digits = 0;
  for (let i = from; i <= to; i++) {
    const code = i === to ? 44 : text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      if (digits > 0 && isOws(text.charCodeAt(i - 1))) throw new Unfollowable("a Content-Length that is not a number of bytes");
      if (++digits > 15) throw new Unfollowable("a Content-Length too large to follow");
      value = (value === -1 ? 0 : value) * 10 + (code - 48);
    } else if (code === 44) {
      if (value === -1) throw new Unfollowable("a Content-Length that is not a number of bytes");
      if (length !== -1 && value !== length) throw new Unfollowable("differing Content-Lengths");
      length = value;
      value = -1;
      digits = 0;
    } else if (!isOws(code)) throw new Unfollowable("a Content-Length that is not a number of bytes");
  }
  return length;
}
function lastCoding(value) {
  const coding = value.slice(value.lastIndexOf(",") + 1).trim().toLowerCase();
  return coding === "chunked" ? "chunked" : "other";
}
function isOws(code) {
  return code === SP || code === TAB;
}
function isVersion(text, at) {
  const minor = text.charCodeAt(at + 7);
  return text.startsWith("HTTP/1.", at) && minor >= 48 && minor <= 57;
}

// src/record/http-head-reader.ts
var CRLFCRLF = Buffer.from("\r\n\r\n");
var EMPTY = Buffer.alloc(0);
var HeadReader = class {
  head = { text: "", fields: 0 };
  parts = [];
  held = 0;
  /** The last (up to 3) bytes held: the blank line may begin in them. */
  tail = EMPTY;
  get pending() {
    return this.held > 0;
  }
  clear() {
    this.parts = [];
    this.held = 0;
    this.tail = EMPTY;
    this.head.text = "";
  }
  /** Reads from `chunk[pos]`: the index just past the head when it is complete (then in `head`), or -1. */
  read(chunk, pos) {
    if (this.held === 0) {
      while (pos < chunk.length && (chunk[pos] === 13 || chunk[pos] === 10)) pos++;
      if (pos === chunk.length) return -1;
      const at = chunk.indexOf(CRLFCRLF, pos);
      if (at !== -1) {
        if (at + 4 - pos > HEAD_CAP) throw new Unfollowable("a head over 64 KiB");
        return this.found(chunk, pos, at + 4);
      }
      this.hold(chunk, pos);
      return -1;
    }
    let end = -1;
    const probe = Buffer.concat([this.tail, chunk.subarray(pos, pos + 3)]);
    const across = probe.indexOf(CRLFCRLF);
    if (across !== -1 && across < this.tail.length) end = pos + across + 4 - this.tail.length;
    else {
      const at = chunk.indexOf(CRLFCRLF, pos);
      if (at !== -1) end = at + 4;
    }
    if (end === -1) {
      this.hold(chunk, pos);
      return -1;
    }
    if (this.held + end - pos > HEAD_CAP) throw new Unfollowable("a head over 64 KiB");
    this.parts.push(chunk.subarray(pos, end));
    const whole2 = Buffer.concat(this.parts, this.held + end - pos);
    this.clear();
    this.found(whole2, 0, whole2.length);
    return end;
  }
  found(buf, start, end) {
    const text = buf.toString("latin1", start, end);
    this.head.text = text;
    this.head.fields = text.indexOf("\r\n") + 2;
    return end;
  }
  hold(chunk, pos) {
    const piece = Buffer.from(chunk.subarray(pos));
    this.held += piece.length;
    if (this.held > HEAD_CAP) throw new Unfollowable("a head over 64 KiB");
    this.parts.push(piece);
    this.tail = piece.length >= 3 ? piece.subarray(piece.length - 3) : Buffer.concat([this.tail, piece]).subarray(-3);
  }
};

// src/record/http-observer.ts
var PIPELINE_CAP = 1024;
var FOLLOWING = 0;
var TUNNEL = 1;
var GAVE_UP = 2;
var ENDED = 3;
var HEAD = 0;
var BODY = 1;
var HOLD = 2;
var HttpObserver = class {
  constructor(listener, fault = () => {
  }) {
    this.listener = listener;
    this.fault = fault;
  }
  listener;
  fault;
  state = FOLLOWING;
  queue = [];
  /** The request whose body is being read. */
  current;
  /** The exchange the answer being read belongs to; undefined for an answer nothing asked for (a 408 before any request). */
  answering;
  requestPhase = HEAD;
  responsePhase = HEAD;
  requestHead = new HeadReader();
  responseHead = new HeadReader();
  requestBody = new BodyReader();
  responseBody = new BodyReader();
  framing = { length: -1, coding: "none", upgrade: false, problem: "" };
  requestSink = (piece) => this.listener.requestBody(this.current.token, piece);
  responseSink = (piece) => this.listener.responseBody(this.answering.token, piece);
  /** Bytes the client sent (already passed on to the upstream). */
  fromClient(chunk) {
    if (this.state !== FOLLOWING) return;
    try {
      this.readRequests(chunk);
    } catch (error) {
      this.giveUp(error);
    }
  }
  /** Bytes the upstream sent (already passed on to the client). */
  fromUpstream(chunk) {
    if (this.state !== FOLLOWING) return;
    try {
      this.readResponses(chunk);
    } catch (error) {
      this.giveUp(error);
    }
  }
  /** The upstream closed its side cleanly: an answer framed by the close is complete; any other exchange gets no answer. */
  upstreamEnded() {
    try {
      if (this.state === FOLLOWING && this.responsePhase === BODY && this.responseBody.framing === "close") this.responseEnded();
    } catch (error) {
      this.giveUp(error);
    }
    this.end();
  }
  /** The connection is gone: the exchanges in flight get no answer. */
  end() {
    if (this.state === ENDED) return;
    this.state = ENDED;
    this.abandonAll("no-response");
  }
  /** Nothing in flight: no request begun, none waiting for its answer. False in a tunnel or once given up. */
  get idle() {
    return this.state === ENDED || this.state === FOLLOWING && this.queue.length === 0 && this.requestPhase === HEAD && !this.requestHead.pending && !this.responseHead.pending;
  }
  /** Still reading HTTP: not a tunnel, not given up, not ended. */
  get following() {
    return this.state === FOLLOWING;
  }
  /** A request is waiting and no byte of an answer to it has been seen, so a stand-in answer (a 502) is still possible. */
  get awaitingAnswer() {
    return this.state === FOLLOWING && this.queue.length > 0 && !this.queue[0].answered;
  }
  readRequests(chunk) {
    for (let pos = 0; pos < chunk.length; ) {
      if (this.requestPhase === HOLD) throw new Unfollowable("bytes after an upgrade request, before its answer");
      if (this.requestPhase === HEAD) {
        pos = this.requestHead.read(chunk, pos);
        if (pos === -1) return;
        this.requestArrived(this.requestHead.head);
      } else {
        pos = this.requestBody.read(chunk, pos);
        if (pos === -1) return;
        this.requestEnded();
      }
    }
  }
  requestArrived(head) {
    const { method, target } = requestLine(head);
    const framing = this.framing;
    readFraming(head, framing);
    const connect2 = method === "CONNECT";
    const upgrade = connect2 || framing.upgrade;
    const exchange = { token: void 0, head: method === "HEAD", connect: connect2, upgrade, requestDone: false, responseDone: false, answered: false, settled: false };
    if (this.queue.length >= PIPELINE_CAP) throw new Unfollowable("too many requests waiting for their answers");
    this.queue.push(exchange);
    this.current = exchange;
    if (!upgrade) exchange.token = this.listener.request(method, target);
    if (framing.problem) throw new Unfollowable(framing.problem);
    if (framing.coding === "other") throw new Unfollowable("a request whose Transfer-Encoding does not end in chunked");
    if (exchange.token !== void 0) this.listener.requestHeaders(exchange.token, headerRecord(head));
    const sink = exchange.token === void 0 ? void 0 : this.requestSink;
    if (framing.coding === "chunked") this.requestBody.start("chunked", 0, sink);
    else if (framing.length > 0) this.requestBody.start("length", framing.length, sink);
    else return this.requestEnded();
    this.requestPhase = BODY;
  }
  requestEnded() {
    const exchange = this.current;
    this.current = void 0;
    exchange.requestDone = true;
    this.requestPhase = exchange.upgrade && !exchange.responseDone ? HOLD : HEAD;
    if (exchange.responseDone) this.settle(exchange);
  }
  readResponses(chunk) {
    for (let pos = 0; pos < chunk.length; ) {
      if (this.responsePhase === HEAD) {
        const waiting = this.queue[0];
        if (waiting) waiting.answered = true;
        pos = this.responseHead.read(chunk, pos);
        if (pos === -1) return;
        this.responseArrived(this.responseHead.head);
        if (this.state !== FOLLOWING) return;
      } else {
        pos = this.responseBody.read(chunk, pos);
        if (pos === -1) return;
        this.responseEnded();
      }
    }
  }
  responseArrived(head) {
    const status = statusLine(head);
    const exchange = this.queue[0];
    if (status === 101 || exchange?.connect && status >= 200 && status < 300) {
      this.state = TUNNEL;
      this.abandonAll("unparsed");
      return;
    }
    if (status < 200) return;
    const framing = this.framing;
    readFraming(head, framing);
    if (framing.problem) throw new Unfollowable(framing.problem);
    this.answering = exchange;
    const token = exchange?.token;
    if (token !== void 0) this.listener.response(token, status, headerRecord(head));
    const sink = token === void 0 ? void 0 : this.responseSink;
    if (exchange?.head || status === 204 || status === 304) return this.responseEnded();
    if (framing.coding === "chunked") this.responseBody.start("chunked", 0, sink);
    else if (framing.coding === "other" || framing.length === -1) this.responseBody.start("close", 0, sink);
    else if (framing.length > 0) this.responseBody.start("length", framing.length, sink);
    else return this.responseEnded();
    this.responsePhase = BODY;
  }
  responseEnded() {
    this.responsePhase = HEAD;
    const exchange = this.answering;
    this.answering = void 0;
    if (!exchange) return;
    this.queue.shift();
    exchange.responseDone = true;
    if (exchange.requestDone) {
      if (this.requestPhase === HOLD && exchange.upgrade) this.requestPhase = HEAD;
      this.settle(exchange);
    }
  }
  settle(exchange) {
    if (exchange.settled) return;
    exchange.settled = true;
    if (exchange.token !== void 0) this.listener.complete(exchange.token);
  }
  giveUp(error) {
    if (!(error instanceof FramingError)) this.fault(error);
    if (this.state !== FOLLOWING) return;
    this.state = GAVE_UP;
    this.requestHead.clear();
    this.responseHead.clear();
    this.abandonAll("unparsed");
  }
  abandonAll(reason) {
    const exchanges = this.current ? [this.current, ...this.queue] : this.queue.splice(0);
    this.queue.length = 0;
    this.current = void 0;
    this.answering = void 0;
    for (const exchange of exchanges) {
      if (exchange.settled) continue;
      exchange.settled = true;
      if (exchange.token === void 0) continue;
      try {
        this.listener.abandon(exchange.token, reason);
      } catch (error) {
        this.fault(error);
      }
    }
  }
};

// src/record/proxy.ts
var BAD_GATEWAY_BODY = "replay-gate record: the upstream did not answer\n";
var BAD_GATEWAY = Buffer.from(
  `HTTP/1.1 502 Bad Gateway\r
content-type: text/plain\r
connection: close\r
content-length: ${Buffer.byteLength(BAD_GATEWAY_BODY)}\r
\r
${BAD_GATEWAY_BODY}`
);
var UNREACHABLE_WAIT_MS = 1e4;
function createRecordingProxy(upstream, recorder, log) {
  const listener = recordingListener(recorder);
  const relays = /* @__PURE__ */ new Set();
  const state = { draining: false };
  const server = createServer({ allowHalfOpen: true, noDelay: true }, (client) => {
    const relay = new Relay(client, upstream, listener, log, state, () => relays.delete(relay));
    relays.add(relay);
  });
  return {
    server,
    drain() {
      state.draining = true;
      for (const relay of relays) relay.endIfIdle();
    },
    destroyAll() {
      for (const relay of relays) relay.destroy();
    }
  };
}
function recordingListener(recorder) {
  return {
    request(method, url) {
      const ticket = recorder.admit(method, url);
      return ticket && { ticket, method, url, requestHeaders: {}, status: 0, responseHeaders: {} };
    },
    requestHeaders(recording, headers) {
      recording.requestHeaders = headers;
    },
    requestBody(recording, bytes) {
      recording.ticket.requestBody.add(bytes);
    },
    response(recording, status, headers) {
      recording.status = status;
      recording.responseHeaders = headers;
    },
    responseBody(recording, bytes) {
      recording.ticket.responseBody.add(bytes);
    },
    complete({ ticket, method, url, requestHeaders, status, responseHeaders }) {
      recorder.submit({
        method,
        url,
        requestHeaders,
        requestBody: ticket.requestBody,
        status,
        responseHeaders,
        responseBody: ticket.responseBody,
        startedAt: ticket.startedAt,
        durationMs: Date.now() - ticket.startedAt
      });
    },
    abandon(recording, reason) {
      recorder.abandon(recording.ticket, reason);
    }
  };
}
var Relay = class {
  constructor(client, target, listener, log, state, done) {
    this.client = client;
    this.state = state;
    let faulted = false;
    this.observer = new HttpObserver(listener, (error) => {
      if (!faulted) log(`record: ${error.message ?? String(error)}`);
      faulted = true;
    });
    const upstream = connect({ host: target.hostname, port: target.port, noDelay: true, allowHalfOpen: true });
    this.upstream = upstream;
    const resumeClient = () => client.resume();
    const resumeUpstream = () => upstream.resume();
    client.on("data", (chunk) => {
      if (this.unreachable) {
        this.observer.fromClient(chunk);
        this.answerUnreachable();
        return;
      }
      if (upstream.writableEnded || upstream.destroyed) return;
      if (!upstream.write(chunk)) {
        client.pause();
        upstream.once("drain", resumeClient);
      }
      this.observer.fromClient(chunk);
      if (this.state.draining && this.observer.idle) this.end();
    });
    upstream.on("data", (chunk) => {
      if (client.writableEnded || client.destroyed) return;
      if (!client.write(chunk)) {
        upstream.pause();
        client.once("drain", resumeUpstream);
      }
      this.observer.fromUpstream(chunk);
      if (this.state.draining && this.observer.idle) this.end();
    });
    upstream.once("connect", () => this.connected = true);
    client.on("end", () => {
      if (this.unreachable) {
        if (!client.writableEnded) client.destroy();
      } else if (!upstream.writableEnded) upstream.end();
    });
    upstream.on("end", () => {
      this.observer.upstreamEnded();
      if (!client.writableEnded) client.end();
    });
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => {
      if (!this.connected) {
        this.unreachable = true;
        this.unreachableTimer = setTimeout(() => client.destroy(), UNREACHABLE_WAIT_MS).unref();
        this.answerUnreachable();
      } else client.destroy();
    });
    let open = 2;
    const closed = () => --open === 0 && done();
    client.on("close", () => {
      clearTimeout(this.unreachableTimer);
      this.observer.end();
      closeAfter(upstream);
      closed();
    });
    upstream.on("close", () => {
      closed();
      if (this.unreachable) return;
      this.observer.end();
      closeAfter(client);
    });
  }
  client;
  state;
  upstream;
  observer;
  connected = false;
  /** The upstream could not be reached: the client gets a 502 for its request, and nothing is relayed. */
  unreachable = false;
  unreachableTimer;
  /** Draining: a connection with nothing in flight is ended now, a busy one when its answer completes (see the upstream's data). */
  endIfIdle() {
    if (this.observer.idle) this.end();
  }
  destroy() {
    this.client.destroy();
    this.upstream.destroy();
  }
  end() {
    if (!this.client.writableEnded) this.client.end();
    if (!this.upstream.writableEnded && !this.upstream.destroyed) this.upstream.end();
  }
  answerUnreachable() {
    if (this.observer.awaitingAnswer) this.badGateway();
    else if (!this.observer.following) this.client.destroy();
  }
  /** The upstream could not be reached: the request waiting gets a 502, and the connection ends. */
  badGateway() {
    this.observer.end();
    this.upstream.destroy();
    if (!this.client.writableEnded && !this.client.destroyed) this.client.end(BAD_GATEWAY);
  }
};
function closeAfter(socket) {
  if (socket.destroyed) return;
  if (!socket.writableEnded) socket.destroy();
  else if (socket.writableFinished) socket.destroy();
  else socket.once("finish", () => socket.destroy());
}

// src/record/start-proxy.ts
async function startRecordingProxy(options) {
  const recorder = new Recorder(options.settings, { store: options.store, key: options.key, log: options.log, backoffMs: options.backoffMs });
  const { server, drain, destroyAll } = createRecordingProxy(options.upstream, recorder, options.log);
  await listen(server, options.listen);
  let health;
  let draining = false;
  if (options.health) {
    health = createServer2((req, res) => {
      const ready = req.url === "/readyz" ? !draining : true;
      res.writeHead(ready ? 200 : 503, { "content-type": "text/plain" }).end(`${ready ? "ok" : "draining"}
${recorder.progress()}
`);
    });
    await listen(health, options.health);
  }
  return {
    url: urlOf(server),
    recorder,
    ...health ? { healthUrl: urlOf(health) } : {},
    async shutdown(drainMs, storeMs) {
      draining = true;
      const closed = new Promise((resolve) => server.close(() => resolve()));
      drain();
      const timer = setTimeout(destroyAll, drainMs);
      await closed;
      clearTimeout(timer);
      const left = await recorder.close(Date.now() + storeMs);
      health?.close();
      return left;
    }
  };
}
function listen(server, at) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(at.port, at.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}
function urlOf(server) {
  const address = server.address();
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

// src/cli/record.ts
var RECORD_USAGE = `Usage: replay-gate record --upstream URL --out OUT [options]

A reverse proxy in front of a service that records a sample of its traffic as a snapshot the
gate reads: NDJSON.gz chunks of one session, stored in S3 (or a folder) and marked complete when
the session ends. Requests and answers stream through untouched; the recording is dropped, and
counted, before the traffic ever waits for it. SIGTERM: stop accepting, finish what is in
flight, store the session, exit.

Options:
  --upstream URL              the service, http://host:port (required)
  --listen HOST:PORT          where to accept traffic (default 0.0.0.0:8080)
  --out OUT                   s3://bucket/prefix/ or a folder (required)
  --sample RATE               share of requests recorded, 5% or 0.05 (default 100%)
  --per-endpoint N            at most N recorded per endpoint per minute (default no cap)
  --methods LIST              methods recorded (default ${DEFAULT_METHODS.join(",")})
  --include GLOB              record only these paths; repeatable
  --exclude GLOB              never these paths; repeatable
  --redact-header NAME        also redact this header; repeatable
  --redact-query NAME         also redact this query parameter; repeatable
  --redact-json PATH          also redact this JSON path in bodies ($.user.email); repeatable
  --max-body-bytes N          bodies kept up to N bytes, longer ones as a digest (default ${DEFAULT_SETTINGS.maxBodyBytes})
  --chunk-mb N                a new chunk after N MB of NDJSON (default ${DEFAULT_SETTINGS.writer.chunkBytes / 1024 / 1024})
  --chunk-minutes N           ...or after N minutes (default ${DEFAULT_SETTINGS.writer.chunkMs / 6e4})
  --session-minutes N         a session (one snapshot) is closed and stored every N minutes (default ${DEFAULT_SETTINGS.writer.sessionMs / 6e4})
  --spill-dir DIR             where chunks wait for S3 (default replay-gate-record-PORT in the
                              temp folder); chunks an earlier run left there are stored at start
  --spill-mb N                at most N MB waiting on disk, then samples are dropped (default ${DEFAULT_SETTINGS.writer.spillBytes / 1024 / 1024})
  --drain-seconds N           on SIGTERM, how long requests in flight may take (default 10)
  --store-seconds N           then how long storing the session may take (default 20)
  --health HOST:PORT          serve /healthz and /readyz for probes here
${S3_USAGE}
Redacted values are replaced by HMAC-SHA256 under the key in ${KEY_VARIABLE} (at least 16
characters); without it, a random key for this run only, with a warning.`;
var OPTIONS3 = {
  ...S3_OPTIONS,
  upstream: { type: "string" },
  listen: { type: "string" },
  out: { type: "string" },
  sample: { type: "string" },
  "per-endpoint": { type: "string" },
  methods: { type: "string" },
  include: { type: "string", multiple: true },
  exclude: { type: "string", multiple: true },
  "redact-header": { type: "string", multiple: true },
  "redact-query": { type: "string", multiple: true },
  "redact-json": { type: "string", multiple: true },
  "max-body-bytes": { type: "string" },
  "chunk-mb": { type: "string" },
  "chunk-minutes": { type: "string" },
  "session-minutes": { type: "string" },
  "spill-dir": { type: "string" },
  "spill-mb": { type: "string" },
  "drain-seconds": { type: "string" },
  "store-seconds": { type: "string" },
  health: { type: "string" }
};
var record = {
  name: "record",
  summary: "record a sample of production traffic through a reverse proxy into S3 or a folder",
  usage: RECORD_USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("record", args, OPTIONS3);
    if (values.help) {
      io.stdout.write(`${RECORD_USAGE}
`);
      return 0;
    }
    if (positionals.length > 0) throw new InputError(`record: unexpected argument "${positionals[0]}" (see replay-gate record --help)`);
    if (!values.upstream) throw new InputError("record: --upstream is required: the service to proxy, http://host:port");
    if (!values.out) throw new InputError("record: --out is required: s3://bucket/prefix/ or a folder");
    const upstream = parseUpstream(values.upstream);
    const listen2 = parseAddress(values.listen ?? "0.0.0.0:8080", "--listen");
    const health = values.health ? parseAddress(values.health, "--health") : void 0;
    const settings = settingsFrom(values);
    const log = (line) => io.stderr.write(`${line}
`);
    let key;
    try {
      key = redactionKey(process.env, log);
    } catch (error) {
      throw new InputError(`record: ${error.message}`);
    }
    const spillDir = values["spill-dir"] ?? path4.join(os.tmpdir(), `replay-gate-record-${listen2.port || process.pid}`);
    const store = await openOutput({ out: values.out, s3: { endpoint: values["s3-endpoint"], region: values.region }, spillDir }, io.cwd);
    const proxy = await startRecordingProxy({ upstream, listen: listen2, health, settings, store, key, log });
    log(`record: listening on ${proxy.url}, forwarding to ${values.upstream}, recording into ${store.name}${proxy.healthUrl ? `; probes on ${proxy.healthUrl}/healthz and /readyz` : ""}`);
    const progress = setInterval(() => log(proxy.recorder.progress()), 6e4).unref();
    const signal = await new Promise((resolve) => {
      process.once("SIGTERM", () => resolve("SIGTERM"));
      process.once("SIGINT", () => resolve("SIGINT"));
    });
    clearInterval(progress);
    log(`record: ${signal}: no new connections; finishing requests in flight and storing the session`);
    const left = await proxy.shutdown(seconds(values["drain-seconds"], 10, "--drain-seconds"), seconds(values["store-seconds"], 20, "--store-seconds"));
    log(proxy.recorder.progress());
    if (left.length > 0) {
      log(`record: ${left.length} object(s) not stored in time, left in ${store.stagingDir}: ${left.slice(0, 5).join(", ")}${left.length > 5 ? ", \u2026" : ""}`);
      return 1;
    }
    return 0;
  }
};
function settingsFrom(values) {
  const text = (name) => values[name];
  const list = (name) => values[name] ?? [];
  const rate = text("sample") === void 0 ? 1 : parseRate(text("sample"));
  if (rate === void 0) throw new InputError(`record: --sample "${text("sample")}" must be a share such as 5% or 0.05`);
  const methods = text("methods") ? text("methods").split(",").map((m) => m.trim().toUpperCase()).filter(Boolean) : [...DEFAULT_METHODS];
  for (const method of methods) if (!/^[A-Z]+$/.test(method)) throw new InputError(`record: --methods: "${method}" is not an HTTP method`);
  const defaults = DEFAULT_SETTINGS;
  return {
    sample: { rate, perEndpointPerMinute: whole(text("per-endpoint"), 0, "--per-endpoint"), methods, include: list("include"), exclude: list("exclude") },
    redact: { headers: list("redact-header"), query: list("redact-query"), json: list("redact-json") },
    writer: {
      chunkBytes: whole(text("chunk-mb"), defaults.writer.chunkBytes / 2 ** 20, "--chunk-mb", 1) * 2 ** 20,
      chunkMs: whole(text("chunk-minutes"), defaults.writer.chunkMs / 6e4, "--chunk-minutes", 1) * 6e4,
      sessionMs: whole(text("session-minutes"), defaults.writer.sessionMs / 6e4, "--session-minutes", 1) * 6e4,
      spillBytes: whole(text("spill-mb"), defaults.writer.spillBytes / 2 ** 20, "--spill-mb", 1) * 2 ** 20
    },
    maxBodyBytes: atMost(whole(text("max-body-bytes"), defaults.maxBodyBytes, "--max-body-bytes"), MAX_BODY_BYTES, "--max-body-bytes"),
    queueLength: defaults.queueLength,
    memoryBytes: defaults.memoryBytes
  };
}
function whole(text, fallback, flag, min = 0) {
  if (text === void 0) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min) throw new InputError(`record: ${flag} "${text}" must be a whole number of at least ${min}`);
  return value;
}
function atMost(value, max, flag) {
  if (value > max) throw new InputError(`record: ${flag} ${value} is past the gate's body cap of ${max} bytes, beyond which bodies are compared by digest anyway`);
  return value;
}
function seconds(text, fallback, flag) {
  return whole(text, fallback, flag) * 1e3;
}
function parseUpstream(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new InputError(`record: --upstream "${text}" is not a URL such as http://127.0.0.1:3000`);
  }
  if (url.protocol !== "http:" || url.pathname !== "/" && url.pathname !== "") {
    throw new InputError(`record: --upstream "${text}" must be http://host:port (no path; TLS ends in front of the proxy)`);
  }
  return { hostname: url.hostname.replace(/^\[|\]$/g, ""), port: Number(url.port || 80) };
}
function parseAddress(text, flag) {
  const match = /^(?:\[([^\]]+)\]|([^:]*)):(\d{1,5})$/.exec(text);
  const port = Number(match?.[3]);
  if (!match || port > 65535) throw new InputError(`record: ${flag} "${text}" must be HOST:PORT, e.g. 0.0.0.0:8080`);
  return { host: match[1] ?? (match[2] || "0.0.0.0"), port };
}

// src/cli/index.ts
var COMMANDS = [inspect, convert, run, merge, record];
function usage() {
  const width = COMMANDS.reduce((most, c) => Math.max(most, c.name.length), 0);
  return [
    "Usage: replay-gate <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "replay-gate <command> --help shows the options of one command; replay-gate --version the version.",
    "Exit code, every command: 0 pass, 1 fail, 2 could not judge (or a mistake in the flags), 130 interrupted."
  ].join("\n");
}
async function main(argv, io) {
  const [name, ...args] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    (name === void 0 ? io.stderr : io.stdout).write(`${usage()}
`);
    return name === void 0 ? 2 : 0;
  }
  if (name === "--version" || name === "-V" || name === "version") {
    io.stdout.write(`${packageVersion()}
`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`${logLine(`replay-gate: unknown command "${name}"; expected one of ${COMMANDS.map((c) => c.name).join(", ")} (see replay-gate --help)`)}
`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof GateError) io.stderr.write(`${logLine(`replay-gate: ${messageOf(error)}`)}
`);
    else io.stderr.write(`${logLines(`replay-gate: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`)}
`);
    return 2;
  }
}
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
process.exitCode = await main(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
if (process.exitCode === 130) process.exit();
export {
  main
};
