import { InputError } from '../errors.js';
import { logLine } from '../log-line.js';
import { inferredEndpoint } from '../select/endpoint.js';
import { SegmentCensus } from '../select/segment-census.js';
import type { SnapshotFormat } from '../snapshot/detect.js';
import { readExchanges } from '../snapshot/read.js';
import { resolveSnapshot } from '../snapshot/source.js';
import { DecodeIssues, type HeaderMap } from '../snapshot/types.js';
import { DEFAULT_CREDENTIAL_POLICY } from '../secrets/credential-policy.js';
import { holdsKeyedHash } from '../secrets/keyed-hash.js';
import { type Command, parseCommandArgs, regionFlag, S3_OPTIONS, S3_USAGE } from './command.js';
import { appendAll } from '../append-all.js';

export interface SnapshotSummary {
  snapshot: string;
  parts: { name: string; format: SnapshotFormat }[];
  exchanges: number;
  withoutResponse: number;
  methods: Record<string, number>;
  /** By recorded status; "none" for exchanges without a recorded response. */
  statuses: Record<string, number>;
  /** Inferred endpoints, busiest first. */
  endpoints: { endpoint: string; count: number }[];
  decodeErrors: number;
  decodeIssues: { source: string; position: string; message: string }[];
  /**
   * Callers told apart by the recorder's keyed hashes of their credentials (secrets/keyed-hash.ts):
   * how many distinct ones (at most MAX_CALLERS counted), and how many requests carried one.
   */
  callers: { distinct: number; requests: number };
}

// Distinct callers counted one by one; past it the count says "at least".
const MAX_CALLERS = 100_000;

export const inspect: Command = {
  name: 'inspect',
  summary: 'count a snapshot\'s exchanges per endpoint, method and status, and list decode errors',
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
    const { values, positionals } = parseCommandArgs('inspect', args, { ...S3_OPTIONS, json: { type: 'boolean' }, top: { type: 'string' } });
    if (values.help) {
      io.stdout.write(`${inspect.usage}\n`);
      return 0;
    }
    if (positionals.length !== 1) throw new InputError(`inspect: expected one SNAPSHOT, got ${positionals.length} (see replay-gate inspect --help)`);
    const top = values.top === undefined ? 50 : Number(values.top);
    if (!Number.isInteger(top) || top < 0) throw new InputError(`inspect: --top must be a whole number, got "${values.top}"`);
    const summary = await summarize(positionals[0]!, { endpoint: values['s3-endpoint'] ?? '', region: regionFlag(values) }, io.cwd);
    io.stdout.write(values.json ? `${JSON.stringify(summary, null, 2)}\n` : render(summary, top));
    // Entries could be read, or none was (exit 2: could not judge, as for every command); the
    // summary is printed either way, with the decode errors that say why.
    return summary.exchanges === 0 && summary.decodeErrors > 0 ? 2 : 0;
  },
};

export async function summarize(reference: string, s3: { endpoint: string; region: string }, cwd: string): Promise<SnapshotSummary> {
  const source = await resolveSnapshot(reference, { s3, workspace: cwd });
  const issues = new DecodeIssues();
  const summary: SnapshotSummary = {
    snapshot: source.name, parts: [], exchanges: 0, withoutResponse: 0, methods: {}, statuses: {}, endpoints: [], decodeErrors: 0, decodeIssues: [],
    callers: { distinct: 0, requests: 0 },
  };
  const callers = new Set<string>();
  const perUrl = new Map<string, number>();
  // Endpoints as the gate names them: slugs generalised by their spread once all is read.
  const census = new SegmentCensus();
  const onPart = (name: string, format: SnapshotFormat) => summary.parts.push({ name, format });
  for await (const exchange of readExchanges(source, issues, { onPart })) {
    summary.exchanges++;
    const { method, url } = exchange.request;
    summary.methods[method] = (summary.methods[method] ?? 0) + 1;
    const status = exchange.response ? String(exchange.response.status) : 'none';
    if (!exchange.response) summary.withoutResponse++;
    summary.statuses[status] = (summary.statuses[status] ?? 0) + 1;
    const caller = keyedCaller(exchange.request.headers);
    if (caller !== undefined) {
      summary.callers.requests++;
      if (callers.size < MAX_CALLERS) callers.add(caller);
    }
    const endpoint = inferredEndpoint(method, url);
    census.count(endpoint);
    perUrl.set(endpoint, (perUrl.get(endpoint) ?? 0) + 1);
  }
  const endpoints = new Map<string, number>();
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

/** The keyed hashes a request's credential headers carry, as one identity; undefined without any. */
function keyedCaller(headers: HeaderMap): string | undefined {
  let identity: string | undefined;
  for (const name of Object.keys(headers).sort()) {
    const value = headers[name]!;
    if (DEFAULT_CREDENTIAL_POLICY.isCredentialHeader(name) && holdsKeyedHash(value)) identity = `${identity ?? ''}${name}: ${value}\n`;
  }
  return identity;
}

function render(summary: SnapshotSummary, top: number): string {
  const lines = [`Snapshot ${summary.snapshot}`];
  for (const part of summary.parts) lines.push(`  ${part.name} (${part.format})`);
  lines.push(`${summary.exchanges} exchanges, ${summary.withoutResponse} without a recorded response, ${summary.decodeErrors} decode errors`);
  if (summary.callers.requests > 0) {
    const atLeast = summary.callers.distinct >= MAX_CALLERS ? 'at least ' : '';
    lines.push(`${atLeast}${summary.callers.distinct} callers told apart by the recorder's keyed hashes of their credentials, on ${summary.callers.requests} requests`);
  }
  lines.push('', 'By method:');
  appendAll(lines, table(Object.entries(summary.methods).sort((a, b) => b[1] - a[1])));
  lines.push('', 'By status:');
  appendAll(lines, table(Object.entries(summary.statuses).sort((a, b) => (a[0] < b[0] ? -1 : 1))));
  const shown = top === 0 ? summary.endpoints : summary.endpoints.slice(0, top);
  lines.push('', `By endpoint (${summary.endpoints.length}, busiest first):`);
  appendAll(lines, table(shown.map((e) => [e.endpoint, e.count])));
  if (shown.length < summary.endpoints.length) lines.push(`  ... and ${summary.endpoints.length - shown.length} more (--top 0 lists all)`);
  if (summary.decodeErrors > 0) {
    const more = summary.decodeErrors > summary.decodeIssues.length ? ` (the first ${summary.decodeIssues.length})` : '';
    lines.push('', `Decode errors: ${summary.decodeErrors}${more}`);
    appendAll(lines, summary.decodeIssues.map((issue) => `  ${issue.source} ${issue.position}: ${issue.message}`));
  }
  // Endpoint names and decode messages come from the snapshot: a terminal must not act on them.
  return `${lines.map(logLine).join('\n')}\n`;
}

function table(rows: [string, number][]): string[] {
  const width = rows.reduce((most, [, count]) => Math.max(most, String(count).length), 1);
  return rows.map(([name, count]) => `  ${String(count).padStart(width)}  ${name}`);
}
