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
} from "./chunks/chunk-GXEBD7ZG.js";
import {
  DEFAULT_CONFIG_PATH,
  DecodeIssues,
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
} from "./chunks/chunk-XF5Q33P5.js";
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
import { Agent, createServer, request as httpRequest } from "node:http";
var HOP_BY_HOP = /* @__PURE__ */ new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade"]);
function createRecordingProxy(upstream, recorder, log) {
  const tunnels = /* @__PURE__ */ new Set();
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: 256 });
  const server = createServer((req, res) => forward(req, res, false));
  server.on("checkContinue", (req, res) => forward(req, res, true));
  server.on("upgrade", (req, socket, head) => tunnel(req, socket, head));
  server.requestTimeout = 0;
  server.on("close", () => agent.destroy());
  function forward(req, res, expectContinue) {
    let ticket;
    try {
      ticket = recorder.admit(req.method ?? "GET", req.url ?? "/");
    } catch (error) {
      log(`record: ${error.message}`);
    }
    const headers = flatten(forwardedHeaders(req.rawHeaders, true));
    const outgoing = httpRequest({ ...upstream, agent, method: req.method, path: req.url, headers, setHost: false });
    if (expectContinue) outgoing.on("continue", () => res.writeContinue());
    outgoing.on("information", (info) => {
      if (info.statusCode === 102) res.writeProcessing();
      else if (info.statusCode === 103) res.writeEarlyHints(pairsOf(info.rawHeaders));
    });
    outgoing.on("response", (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, flatten(forwardedHeaders(answer.rawHeaders, false)));
      if (ticket) {
        const body = ticket.responseBody;
        answer.on("data", (chunk) => body.add(chunk));
      }
      answer.pipe(res);
      answer.on("error", () => res.destroy());
      answer.on("aborted", () => res.destroy());
      res.on("finish", () => {
        if (!ticket) return;
        if (!answer.complete) return recorder.abandon(ticket, "no-response");
        const done = ticket;
        ticket = void 0;
        recorder.submit({
          method: (req.method ?? "GET").toUpperCase(),
          url: req.url ?? "/",
          requestHeaders: req.headers,
          requestBody: done.requestBody,
          status: answer.statusCode ?? 0,
          responseHeaders: answer.headers,
          responseBody: done.responseBody,
          startedAt: done.startedAt,
          durationMs: Date.now() - done.startedAt
        });
      });
    });
    outgoing.on("error", () => {
      if (ticket) {
        recorder.abandon(ticket, "no-response");
        ticket = void 0;
      }
      if (!res.headersSent) {
        res.writeHead(502, { "content-type": "text/plain", connection: "close" });
        res.end("replay-gate record: the upstream did not answer\n");
      } else res.destroy();
    });
    res.on("close", () => {
      if (!res.writableFinished) {
        outgoing.destroy();
        if (ticket) {
          recorder.abandon(ticket, "no-response");
          ticket = void 0;
        }
      }
    });
    if (ticket) {
      const body = ticket.requestBody;
      req.on("data", (chunk) => body.add(chunk));
    }
    if (bodyless(req)) {
      outgoing.end();
      req.resume();
    } else req.pipe(outgoing);
  }
  function tunnel(req, socket, head) {
    const outgoing = httpRequest({ ...upstream, method: req.method, path: req.url, headers: flatten(tunnelHeaders(req.rawHeaders)), setHost: false });
    outgoing.on("upgrade", (answer, upstreamSocket, upstreamHead) => {
      socket.write(`HTTP/1.1 ${answer.statusCode} ${answer.statusMessage}\r
${rawHead(answer.rawHeaders)}\r
`);
      if (upstreamHead.length > 0) socket.write(upstreamHead);
      if (head.length > 0) upstreamSocket.write(head);
      tunnels.add(socket).add(upstreamSocket);
      upstreamSocket.pipe(socket).pipe(upstreamSocket);
      upstreamSocket.on("error", () => socket.destroy());
      socket.on("error", () => upstreamSocket.destroy());
      upstreamSocket.on("close", () => {
        tunnels.delete(upstreamSocket);
        socket.destroy();
      });
      socket.on("close", () => {
        tunnels.delete(socket);
        upstreamSocket.destroy();
      });
    });
    outgoing.on("response", (answer) => {
      socket.write(`HTTP/1.1 ${answer.statusCode} ${answer.statusMessage}\r
${rawHead(forwardedHeaders(answer.rawHeaders, false).flat())}connection: close\r
\r
`);
      answer.pipe(socket);
    });
    outgoing.on("error", () => socket.destroy());
    socket.on("error", () => outgoing.destroy());
    outgoing.end();
  }
  return {
    server,
    closeTunnels() {
      for (const socket of tunnels) socket.destroy();
    }
  };
}
function forwardedHeaders(raw, request) {
  const named = /* @__PURE__ */ new Set();
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i].toLowerCase() === "connection") for (const token of raw[i + 1].split(",")) named.add(token.trim().toLowerCase());
  }
  const pairs = [];
  for (let i = 0; i < raw.length; i += 2) {
    const lower = raw[i].toLowerCase();
    if (HOP_BY_HOP.has(lower) || named.has(lower)) {
      if (!(request && lower === "te" && raw[i + 1].trim().toLowerCase() === "trailers")) continue;
    }
    pairs.push([raw[i], raw[i + 1]]);
  }
  return pairs;
}
function bodyless(req) {
  const length = req.headers["content-length"];
  return req.headers["transfer-encoding"] === void 0 && (length === void 0 || length === "0");
}
function tunnelHeaders(raw) {
  const pairs = [];
  for (let i = 0; i < raw.length; i += 2) pairs.push([raw[i], raw[i + 1]]);
  return pairs;
}
function flatten(pairs) {
  return pairs.flat();
}
function pairsOf(raw) {
  const headers = {};
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    const known = headers[name];
    headers[name] = known === void 0 ? raw[i + 1] : [...[known].flat(), raw[i + 1]];
  }
  return headers;
}
function rawHead(raw) {
  let text = "";
  for (let i = 0; i < raw.length; i += 2) text += `${raw[i]}: ${raw[i + 1]}\r
`;
  return text;
}

// src/record/start-proxy.ts
async function startRecordingProxy(options) {
  const recorder = new Recorder(options.settings, { store: options.store, key: options.key, log: options.log, backoffMs: options.backoffMs });
  const { server, closeTunnels } = createRecordingProxy(options.upstream, recorder, options.log);
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
      server.closeIdleConnections();
      const timer = setTimeout(() => {
        server.closeAllConnections();
        closeTunnels();
      }, drainMs);
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
