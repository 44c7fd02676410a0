import { mkdir, open, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from './errors.js';
import { type GatePartial, PARTIAL_VERSION } from './partial.js';
import { MAX_SHARDS } from './shard.js';

/** The file a shard writes in its folder (`--out`, the artifact). */
export const PARTIAL_FILE = 'partial.json';

/**
 * A partial holds latency samples counted by value, bounded examples and counted place-sets:
 * far below this, and a file past it is not one of ours.
 */
export const MAX_PARTIAL_BYTES = 256 * 1024 * 1024;

/** Writes `dir/partial.json`; returns its path. */
export async function writePartial(dir: string, partial: GatePartial): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, PARTIAL_FILE);
  await writeFile(file, JSON.stringify(partial));
  return file;
}

/**
 * Reads a partial from a shard's folder (its partial.json) or from a file given directly. Bad,
 * missing or foreign JSON is an InputError of one line that names the file and what is wrong.
 */
export async function readPartial(where: string): Promise<GatePartial> {
  const info = await stat(where).catch(() => undefined);
  if (!info) throw new InputError(`${where}: no such file or folder`);
  const file = info.isDirectory() ? path.join(where, PARTIAL_FILE) : where;
  const fileInfo = info.isDirectory() ? await stat(file).catch(() => undefined) : info;
  if (!fileInfo?.isFile()) throw new InputError(`${where}: holds no ${PARTIAL_FILE} (a shard writes it with --shard i/n --out DIR)`);
  if (fileInfo.size > MAX_PARTIAL_BYTES) throw new InputError(`${file}: ${fileInfo.size} bytes, past the ${MAX_PARTIAL_BYTES} a partial may have`);
  const handle = await open(file, 'r');
  let text: string;
  try {
    text = await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const wrong = whyNotPartial(value);
  if (wrong) throw new InputError(`${file}: ${wrong}`);
  return value as GatePartial;
}

/** What keeps a value from being a partial this version reads (its shape, not its numbers' sense); undefined when nothing. */
export function whyNotPartial(value: unknown): string | undefined {
  if (!isObject(value)) return 'not a replay-gate partial (not a JSON object)';
  if (value.kind !== 'replay-gate-partial') return 'not a replay-gate partial (no "kind": "replay-gate-partial")';
  if (value.version !== PARTIAL_VERSION) return `a version ${String(value.version).slice(0, 20)} partial; this replay-gate reads version ${PARTIAL_VERSION}`;
  const { shard, pins, tally, selection, health } = value;
  if (!isObject(shard) || !isCount(shard.count) || shard.count < 1 || shard.count > MAX_SHARDS || !isCount(shard.index) || shard.index < 1 || shard.index > shard.count) {
    return 'its "shard" is not {index, count} with 1 <= index <= count';
  }
  if (!isObject(pins) || !isObject(pins.snapshot) || typeof pins.snapshot.name !== 'string' || !Array.isArray(pins.snapshot.objects)
    || typeof pins.seed !== 'number' || typeof pins.rulesHash !== 'string' || typeof pins.gateVersion !== 'string') return 'its "pins" are incomplete';
  if (!pins.snapshot.objects.every((o) => isObject(o) && typeof o.key === 'string' && typeof o.etag === 'string')) return 'its "pins" are incomplete';
  if (!isObject(tally) || tally.kind !== 'replay-gate-tally' || tally.version !== 1 || typeof tally.seed !== 'number' || !Array.isArray(tally.endpoints)) return 'its "tally" is not a version 1 tally';
  for (const endpoint of tally.endpoints) {
    const wrong = whyNotEndpoint(endpoint);
    if (wrong) return `its "tally" has a malformed endpoint${isObject(endpoint) && typeof endpoint.endpoint === 'string' ? ` (${endpoint.endpoint.slice(0, 80)})` : ''}: ${wrong}`;
  }
  if (!isObject(selection) || !isObject(selection.counts) || !isCount(selection.counts.read) || !isCount(selection.counts.selected)
    || !isCount(selection.counts.endpoints) || !isObject(selection.counts.skipped) || !isCount(selection.decodeErrors) || !Array.isArray(selection.decodeIssues)
    || !isCount(selection.unsendable) || !Array.isArray(selection.unsendableIssues)) return 'its "selection" is incomplete';
  if (!Array.isArray(health) || !health.every((h) => isObject(h) && (h.side === 'target' || h.side === 'baseline') && typeof h.origin === 'string' && isHealth(h.counters))) {
    return 'its "health" is malformed';
  }
  if (!isCount(value.judged) || typeof value.target !== 'string' || !isObject(value.reference) || typeof value.failOn !== 'string' || !isObject(value.latency)) {
    return 'it lacks fields a partial has (judged, target, reference, failOn, latency)';
  }
  if (value.error !== undefined && typeof value.error !== 'string') return 'its "error" is not a line of text';
  return undefined;
}

/** Every field judge reads, of the type it reads it as: a partial is read from an artifact. */
function whyNotEndpoint(endpoint: unknown): string | undefined {
  if (!isObject(endpoint) || typeof endpoint.endpoint !== 'string') return 'no name';
  if (!isCount(endpoint.requests) || !isCount(endpoint.compared) || !isCount(endpoint.drifted)) return 'its counts';
  const { places, differedAt, variants, drift, examples, latency } = endpoint;
  if (!Array.isArray(places) || !places.every(isPlace)) return 'its places';
  if (!Array.isArray(differedAt) || !differedAt.every((d) => isObject(d) && typeof d.variant === 'string' && isStrings(d.keys) && isCount(d.requests))) return 'its differedAt';
  if (!Array.isArray(variants) || !variants.every((v) => isObject(v) && typeof v.key === 'string' && isStrings(v.params) && typeof v.other === 'boolean'
    && isCount(v.requests) && Array.isArray(v.candidates) && v.candidates.every(isRanked))) return 'its variants';
  if (!Array.isArray(drift) || !drift.every((d) => isObject(d) && typeof d.key === 'string' && typeof d.pattern === 'string' && isCount(d.requests) && isExample(d.example))) return 'its drift';
  if (!Array.isArray(examples) || !examples.every((e) => isObject(e) && typeof e.id === 'string' && typeof e.method === 'string' && typeof e.url === 'string'
    && isObject(e.requestHeaders) && Array.isArray(e.differences) && e.differences.every((d) => isObject(d) && typeof d.key === 'string' && isDifference(d.difference)))) return 'its examples';
  // At most one sample a side per request: what keeps a forged count from allocating past memory.
  if (!isObject(latency) || !['candidate', 'baseline', 'recorded'].every((k) => isSampleCounts(latency[k], endpoint.requests as number))) return 'its latency samples';
  return undefined;
}

function isSampleCounts(value: unknown, requests: number): boolean {
  if (!Array.isArray(value)) return false;
  let total = 0;
  for (const pair of value) {
    if (!Array.isArray(pair) || pair.length !== 2 || !Number.isFinite(pair[0]) || !isCount(pair[1])) return false;
    total += pair[1] as number;
  }
  return total <= requests;
}

function isHealth(counters: unknown): boolean {
  if (!isObject(counters) || !['attempts', 'failures', 'serverErrors', 'consecutive'].every((k) => isCount(counters[k]))) return false;
  const { refusals } = counters;
  return isTallied(counters.endpoints) && isObject(refusals) && isCount(refusals.requests) && isCount(refusals.refused)
    && Array.isArray(refusals.statuses) && refusals.statuses.every(isCount) && isTallied(refusals.endpoints);
}

/** `[endpoint, {requests, failed}]` pairs (replay/widespread.ts). */
function isTallied(value: unknown): boolean {
  return Array.isArray(value) && value.every((entry) => Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string'
    && isObject(entry[1]) && isCount(entry[1].requests) && isCount(entry[1].failed));
}

function isPlace(place: unknown): boolean {
  if (!isObject(place) || typeof place.key !== 'string' || typeof place.pattern !== 'string' || !isSeverity(place.severity)) return false;
  if (!isCounts(place.counts) || !isCounts(place.tested)) return false;
  if (place.example !== undefined && !isExample(place.example)) return false;
  return Array.isArray(place.changes) && place.changes.every((c) => isObject(c) && typeof c.key === 'string' && typeof c.kind === 'string' && isSeverity(c.severity) && isCount(c.requests));
}

function isCounts(counts: unknown): boolean {
  return isObject(counts) && isCount(counts.differed) && isCount(counts.varied) && isCount(counts.differedOnly) && isCount(counts.variedOnly);
}

function isRanked(value: unknown): value is { rank: number; id: string } {
  return isObject(value) && typeof value.rank === 'number' && Number.isFinite(value.rank) && typeof value.id === 'string';
}

function isExample(value: unknown): boolean {
  return isRanked(value) && isDifference((value as Record<string, unknown>).difference);
}

function isDifference(value: unknown): boolean {
  return isObject(value) && typeof value.kind === 'string' && typeof value.path === 'string' && typeof value.pattern === 'string' && isSeverity(value.severity);
}

function isSeverity(value: unknown): boolean {
  return value === 'breaking' || value === 'changed' || value === 'info';
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
