import os from 'node:os';
import path from 'node:path';
import { MAX_BODY_BYTES } from '../body/digest.js';
import { InputError } from '../errors.js';
import { type RecorderSettings, DEFAULT_METHODS, DEFAULT_SETTINGS } from '../record/config.js';
import { openOutput } from '../record/output.js';
import { KEY_VARIABLE, redactionKey } from '../record/redactor.js';
import { parseRate } from '../record/sampler.js';
import { startRecordingProxy } from '../record/start-proxy.js';
import { type Command, type Options, parseCommandArgs, S3_OPTIONS, S3_USAGE } from './command.js';

export const RECORD_USAGE = `Usage: replay-gate record --upstream URL --out OUT [options]

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
  --methods LIST              methods recorded (default ${DEFAULT_METHODS.join(',')})
  --include GLOB              record only these paths; repeatable
  --exclude GLOB              never these paths; repeatable
  --redact-header NAME        also redact this header; repeatable
  --redact-query NAME         also redact this query parameter; repeatable
  --redact-json PATH          also redact this JSON path in bodies ($.user.email); repeatable
  --max-body-bytes N          bodies kept up to N bytes, longer ones as a digest (default ${DEFAULT_SETTINGS.maxBodyBytes})
  --chunk-mb N                a new chunk after N MB of NDJSON (default ${DEFAULT_SETTINGS.writer.chunkBytes / 1024 / 1024})
  --chunk-minutes N           ...or after N minutes (default ${DEFAULT_SETTINGS.writer.chunkMs / 60_000})
  --session-minutes N         a session (one snapshot) is closed and stored every N minutes (default ${DEFAULT_SETTINGS.writer.sessionMs / 60_000})
  --spill-dir DIR             where chunks wait for S3 (default replay-gate-record-PORT in the
                              temp folder); chunks an earlier run left there are stored at start
  --spill-mb N                at most N MB waiting on disk, then samples are dropped (default ${DEFAULT_SETTINGS.writer.spillBytes / 1024 / 1024})
  --drain-seconds N           on SIGTERM, how long requests in flight may take (default 10)
  --store-seconds N           then how long storing the session may take (default 20)
  --health HOST:PORT          serve /healthz and /readyz for probes here
${S3_USAGE}
Redacted values are replaced by HMAC-SHA256 under the key in ${KEY_VARIABLE} (at least 16
characters); without it, a random key for this run only, with a warning.`;

const OPTIONS = {
  ...S3_OPTIONS,
  upstream: { type: 'string' },
  listen: { type: 'string' },
  out: { type: 'string' },
  sample: { type: 'string' },
  'per-endpoint': { type: 'string' },
  methods: { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'redact-header': { type: 'string', multiple: true },
  'redact-query': { type: 'string', multiple: true },
  'redact-json': { type: 'string', multiple: true },
  'max-body-bytes': { type: 'string' },
  'chunk-mb': { type: 'string' },
  'chunk-minutes': { type: 'string' },
  'session-minutes': { type: 'string' },
  'spill-dir': { type: 'string' },
  'spill-mb': { type: 'string' },
  'drain-seconds': { type: 'string' },
  'store-seconds': { type: 'string' },
  health: { type: 'string' },
} as const satisfies Options;

/** `replay-gate record`: the capture side, as a proxy (src/record/). Runs until SIGTERM or SIGINT. */
export const record: Command = {
  name: 'record',
  summary: 'record a sample of production traffic through a reverse proxy into S3 or a folder',
  usage: RECORD_USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('record', args, OPTIONS);
    if (values.help) {
      io.stdout.write(`${RECORD_USAGE}\n`);
      return 0;
    }
    if (positionals.length > 0) throw new InputError(`record: unexpected argument "${positionals[0]}" (see replay-gate record --help)`);
    if (!values.upstream) throw new InputError('record: --upstream is required: the service to proxy, http://host:port');
    if (!values.out) throw new InputError('record: --out is required: s3://bucket/prefix/ or a folder');
    const upstream = parseUpstream(values.upstream);
    const listen = parseAddress(values.listen ?? '0.0.0.0:8080', '--listen');
    const health = values.health ? parseAddress(values.health, '--health') : undefined;
    const settings = settingsFrom(values);
    const log = (line: string) => io.stderr.write(`${line}\n`);
    let key: Buffer;
    try {
      key = redactionKey(process.env, log);
    } catch (error) {
      throw new InputError(`record: ${(error as Error).message}`);
    }
    // One spill folder per listening port, stable across restarts, so a run finds what the last one left.
    const spillDir = values['spill-dir'] ?? path.join(os.tmpdir(), `replay-gate-record-${listen.port || process.pid}`);
    const store = await openOutput({ out: values.out, s3: { endpoint: values['s3-endpoint'], region: values.region }, spillDir }, io.cwd);
    const proxy = await startRecordingProxy({ upstream, listen, health, settings, store, key, log });
    log(`record: listening on ${proxy.url}, forwarding to ${values.upstream}, recording into ${store.name}${proxy.healthUrl ? `; probes on ${proxy.healthUrl}/healthz and /readyz` : ''}`);
    const progress = setInterval(() => log(proxy.recorder.progress()), 60_000).unref();

    const signal = await new Promise<string>((resolve) => {
      process.once('SIGTERM', () => resolve('SIGTERM'));
      process.once('SIGINT', () => resolve('SIGINT'));
    });
    clearInterval(progress);
    log(`record: ${signal}: no new connections; finishing requests in flight and storing the session`);
    const left = await proxy.shutdown(seconds(values['drain-seconds'], 10, '--drain-seconds'), seconds(values['store-seconds'], 20, '--store-seconds'));
    log(proxy.recorder.progress());
    if (left.length > 0) {
      log(`record: ${left.length} object(s) not stored in time, left in ${store.stagingDir}: ${left.slice(0, 5).join(', ')}${left.length > 5 ? ', …' : ''}`);
      return 1;
    }
    return 0;
  },
};

type Values = Partial<Record<keyof typeof OPTIONS, string | string[] | boolean>>;

function settingsFrom(values: Values): RecorderSettings {
  const text = (name: keyof typeof OPTIONS) => values[name] as string | undefined;
  const list = (name: keyof typeof OPTIONS) => (values[name] as string[] | undefined) ?? [];
  const rate = text('sample') === undefined ? 1 : parseRate(text('sample')!);
  if (rate === undefined) throw new InputError(`record: --sample "${text('sample')}" must be a share such as 5% or 0.05`);
  const methods = text('methods') ? text('methods')!.split(',').map((m) => m.trim().toUpperCase()).filter(Boolean) : [...DEFAULT_METHODS];
  for (const method of methods) if (!/^[A-Z]+$/.test(method)) throw new InputError(`record: --methods: "${method}" is not an HTTP method`);
  const defaults = DEFAULT_SETTINGS;
  return {
    sample: { rate, perEndpointPerMinute: whole(text('per-endpoint'), 0, '--per-endpoint'), methods, include: list('include'), exclude: list('exclude') },
    redact: { headers: list('redact-header'), query: list('redact-query'), json: list('redact-json') },
    writer: {
      chunkBytes: whole(text('chunk-mb'), defaults.writer.chunkBytes / 2 ** 20, '--chunk-mb', 1) * 2 ** 20,
      chunkMs: whole(text('chunk-minutes'), defaults.writer.chunkMs / 60_000, '--chunk-minutes', 1) * 60_000,
      sessionMs: whole(text('session-minutes'), defaults.writer.sessionMs / 60_000, '--session-minutes', 1) * 60_000,
      spillBytes: whole(text('spill-mb'), defaults.writer.spillBytes / 2 ** 20, '--spill-mb', 1) * 2 ** 20,
    },
    maxBodyBytes: atMost(whole(text('max-body-bytes'), defaults.maxBodyBytes, '--max-body-bytes'), MAX_BODY_BYTES, '--max-body-bytes'),
    queueLength: defaults.queueLength,
    memoryBytes: defaults.memoryBytes,
  };
}

function whole(text: string | undefined, fallback: number, flag: string, min = 0): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min) throw new InputError(`record: ${flag} "${text}" must be a whole number of at least ${min}`);
  return value;
}

function atMost(value: number, max: number, flag: string): number {
  if (value > max) throw new InputError(`record: ${flag} ${value} is past the gate's body cap of ${max} bytes, beyond which bodies are compared by digest anyway`);
  return value;
}

function seconds(text: string | undefined, fallback: number, flag: string): number {
  return whole(text, fallback, flag) * 1000;
}

function parseUpstream(text: string): { hostname: string; port: number } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InputError(`record: --upstream "${text}" is not a URL such as http://127.0.0.1:3000`);
  }
  if (url.protocol !== 'http:' || (url.pathname !== '/' && url.pathname !== '')) {
    throw new InputError(`record: --upstream "${text}" must be http://host:port (no path; TLS ends in front of the proxy)`);
  }
  return { hostname: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || 80) };
}

function parseAddress(text: string, flag: string): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:]*)):(\d{1,5})$/.exec(text);
  const port = Number(match?.[3]);
  if (!match || port > 65535) throw new InputError(`record: ${flag} "${text}" must be HOST:PORT, e.g. 0.0.0.0:8080`);
  return { host: match[1] ?? (match[2] || '0.0.0.0'), port };
}
