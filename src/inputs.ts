import { InputError } from './errors.js';
import type { GateOptions } from './gate.js';
import { carriesUserinfo } from './secrets/url-credentials.js';
import { parseShard, type Shard } from './shard.js';
import type { HeaderMap } from './snapshot/types.js';
import type { FailOn } from './verdict/verdict.js';

/** Reads one input by its action.yml name; empty when unset. */
export type InputReader = (name: string) => string;

export interface ActionInputs {
  gate: GateOptions;
  /** `replay` runs the gate (all of it, or one shard); `merge` judges the shards' partial results. */
  mode: 'replay' | 'merge';
  /** Set when this job replays one shard of the run. */
  shard?: Shard;
  /** The rules file, relative to the workspace. */
  config: string;
  githubToken: string;
  comment: boolean;
  checkName: string;
  onError: 'fail' | 'neutral';
  /** The label that accepts a run's changes (see review/acceptance.ts); empty turns it off. */
  acceptLabel: string;
}

/** Turns the action's inputs into engine options; every mistake is one line that says what to fix. */
export function readInputs(input: InputReader, workspace: string): ActionInputs {
  const mode = oneOf(input, 'mode', ['replay', 'merge'], 'replay') as 'replay' | 'merge';
  const shard = input('shard').trim() ? parseShard(input('shard')) : undefined;
  if (shard && mode === 'merge') {
    throw new InputError('input "shard" is for the replay jobs of a matrix; leave it empty in the job with mode: merge');
  }
  // The merge job judges what the shards replayed: the partials name the snapshot and the target.
  const needed = (name: string, what: string) => (mode === 'merge' ? input(name).trim() : required(input, name, what));
  const snapshot = needed('snapshot', 's3://bucket/key, s3://bucket/prefix/ or a path in the workspace');
  const targetUrl = withoutCredentials('target-url', needed('target-url', 'the base URL of the preview deployment'));
  const baselineUrl = withoutCredentials('baseline-url', input('baseline-url').trim());
  return {
    gate: {
      snapshot,
      targetUrl,
      ...(baselineUrl ? { baselineUrl } : {}),
      failOn: oneOf(input, 'fail-on', ['breaking', 'changed', 'never'], 'breaking') as FailOn,
      maxRequests: integer(input, 'max-requests', 1000, 1),
      concurrency: integer(input, 'concurrency', 8, 1, 256),
      rateLimit: integer(input, 'rate-limit', 50, 0),
      timeoutMs: integer(input, 'timeout-ms', 10000, 1),
      methods: methods(input('methods') || 'GET,HEAD,OPTIONS'),
      headers: headerLines(input('headers')),
      ...waitFor(input),
      s3: { endpoint: input('s3-endpoint'), region: input('aws-region') },
      workspace,
      // Empty: the gate derives the seed from the snapshot's name, so re-runs replay the same requests.
      ...(input('seed').trim() ? { seed: integer(input, 'seed', 0, 0, 2 ** 32 - 1) } : {}),
    },
    mode,
    ...(shard ? { shard } : {}),
    config: input('config').trim(),
    githubToken: input('github-token'),
    comment: boolean(input, 'comment', true),
    checkName: input('check-name').trim() || 'replay-gate',
    onError: oneOf(input, 'on-error', ['fail', 'neutral'], 'fail') as 'fail' | 'neutral',
    // The runner passes action.yml's default when the workflow sets nothing; an empty value (set
    // on purpose, or a run outside the runner) turns acceptance by label off.
    acceptLabel: input('accept-label').trim(),
  };
}

function required(input: InputReader, name: string, what: string): string {
  const value = input(name).trim();
  if (!value) throw new InputError(`input "${name}" is required: ${what}`);
  return value;
}

/**
 * A deployment URL must not carry `user:password@`: it would end up in every report that names the
 * target, and dropping it silently would leave the preview refusing every request. The message
 * never repeats the URL.
 */
function withoutCredentials(name: string, url: string): string {
  if (carriesUserinfo(url)) {
    throw new InputError(`input "${name}" must not carry credentials (user:password@); send them with input "headers" instead`);
  }
  return url;
}

function oneOf(input: InputReader, name: string, allowed: string[], fallback: string): string {
  const value = input(name).trim().toLowerCase() || fallback;
  if (!allowed.includes(value)) throw new InputError(`input "${name}" must be one of ${allowed.join(', ')}; got "${value}"`);
  return value;
}

function integer(input: InputReader, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = input(name).trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(`input "${name}" must be a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}; got "${raw}"`);
  }
  return value;
}

/** `wait-for` is a path on the target: a URL here could send the health check somewhere else. */
function waitFor(input: InputReader): { waitFor?: string; waitTimeoutMs: number } {
  const waitTimeoutMs = integer(input, 'wait-timeout-ms', 300_000, 1);
  const raw = input('wait-for').trim();
  if (!raw) return { waitTimeoutMs };
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(raw) || /\s/.test(raw)) {
    throw new InputError(`input "wait-for" must be a path on the target, like /healthz; got "${raw}"`);
  }
  return { waitFor: raw.startsWith('/') ? raw : `/${raw}`, waitTimeoutMs };
}

function boolean(input: InputReader, name: string, fallback: boolean): boolean {
  const raw = input(name).trim().toLowerCase();
  if (!raw) return fallback;
  if (['true', 'yes', '1', 'on'].includes(raw)) return true;
  if (['false', 'no', '0', 'off'].includes(raw)) return false;
  throw new InputError(`input "${name}" must be true or false; got "${raw}"`);
}

function methods(raw: string): Set<string> {
  const list = raw.split(/[\s,]+/).filter(Boolean).map((m) => m.toUpperCase());
  for (const method of list) {
    if (!/^[A-Z]+$/.test(method)) throw new InputError(`input "methods" holds "${method}", which is not an HTTP method`);
  }
  if (list.length === 0) throw new InputError('input "methods" must name at least one HTTP method, e.g. GET,HEAD,OPTIONS');
  return new Set(list);
}

/** Parses multi-line `Name: value` headers. */
export function headerLines(raw: string): HeaderMap {
  const headers: HeaderMap = {};
  raw.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    if (colon <= 0 || !/^[!#$%&'*+.^_`|~0-9a-z-]+$/.test(name)) {
      throw new InputError(`input "headers" line ${index + 1} must read "Name: value"`);
    }
    headers[name] = line.slice(colon + 1).trim();
  });
  return headers;
}
