import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { GateError, messageOf } from '../errors.js';
import { PARTIAL_VERSION } from '../partial.js';
import { artifactName } from './artifact-upload.js';

/** The part of @actions/artifact's DefaultArtifactClient the merge job uses. */
export interface ArtifactDownloader {
  listArtifacts(options?: { latest?: boolean }): Promise<{ artifacts: { id: number; name: string; size: number }[] }>;
  downloadArtifact(id: number, options?: { path?: string }): Promise<{ downloadPath?: string }>;
}

/** The file a shard uploads, and the merge job reads back from each shard's artifact. */
export const PARTIAL_FILE = 'partial.json';

/**
 * A partial result is a tally: counts, place sets and latency samples, bounded by the request
 * budget, not by the snapshot. Past this it is not one of ours, and not worth a parse that would
 * take the runner's memory.
 */
export const MAX_PARTIAL_BYTES = 256 * 1024 * 1024;

/** `<check-name>-shard-<i>-of-<n>`, sanitised as every artifact name is. */
export function shardArtifactSuffix(shard: { index: number; count: number }): string {
  return `shard-${shard.index}-of-${shard.count}`;
}

/** One shard's artifact as the merge job found it: the partial, or why there is none. */
export type FoundShard = { artifact: string; shard: { index: number; count: number } } & (
  | { partial: unknown }
  | { problem: string }
);

/**
 * Lists this workflow run's artifacts named `<check-name>-shard-<i>-of-<n>` (the newest of each
 * name, as a re-run job uploads again) and downloads each into its own folder under `dir`. An
 * artifact that cannot be downloaded or read is kept with the reason, so the verdict can name the
 * shard; the partials themselves are only parsed here, never trusted: judging checks them.
 */
export async function downloadPartials(
  downloader: () => ArtifactDownloader,
  options: { checkName: string; dir: string; env: NodeJS.ProcessEnv; info: (line: string) => void },
): Promise<FoundShard[]> {
  if (!options.env.ACTIONS_RUNTIME_TOKEN) {
    throw new GateError('mode: merge downloads the shards\' results from this workflow run, and ACTIONS_RUNTIME_TOKEN is not set (not running on GitHub Actions)');
  }
  const prefix = artifactName(options.checkName, 'shard-');
  const client = downloader();
  let listed: { id: number; name: string; size: number }[];
  try {
    listed = (await client.listArtifacts({ latest: true })).artifacts;
  } catch (error) {
    throw new GateError(`could not list this workflow run's artifacts: ${messageOf(error)}`);
  }
  const found: FoundShard[] = [];
  for (const artifact of listed) {
    const match = artifact.name.startsWith(prefix) ? /^(\d{1,3})-of-(\d{1,3})$/.exec(artifact.name.slice(prefix.length)) : null;
    if (!match) continue;
    const shard = { index: Number(match[1]), count: Number(match[2]) };
    const fetched = await fetchPartial(client, artifact, options.dir);
    const problem = 'partial' in fetched ? whyNotPartialOf(fetched.partial, shard) : undefined;
    found.push({ artifact: artifact.name, shard, ...(problem ? { problem } : fetched) });
  }
  found.sort((a, b) => a.shard.count - b.shard.count || a.shard.index - b.shard.index);
  options.info(`Found ${found.length} shard result${found.length === 1 ? '' : 's'} for check ${options.checkName}: ${found.map((f) => f.artifact).join(', ') || 'none'}`);
  return found;
}

/**
 * Why a downloaded value is not the partial result of `shard`, or undefined. Only its outline:
 * the fields the merge reads first. Anything that uploads an artifact under the shard's name in
 * this run can put any JSON there; the full shape is the judge's to trust or not.
 */
export function whyNotPartialOf(value: unknown, shard: { index: number; count: number }): string | undefined {
  const record = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!record(value) || value.kind !== 'replay-gate-partial') return `its ${PARTIAL_FILE} is not a replay-gate partial result`;
  if (value.version !== PARTIAL_VERSION) return `its ${PARTIAL_FILE} is version ${JSON.stringify(value.version)}, and this gate reads version ${PARTIAL_VERSION}: run the shards and the merge with the same replay-gate version`;
  const own = value.shard;
  if (!record(own) || own.index !== shard.index || own.count !== shard.count) {
    const named = record(own) ? `${String(own.index)}/${String(own.count)}` : 'no shard';
    return `its ${PARTIAL_FILE} is the partial result of ${named}, not of the shard its name says`;
  }
  const tally = value.tally;
  if (!record(value.pins) || !record(value.selection) || !record(tally) || tally.kind !== 'replay-gate-tally' || !Array.isArray(tally.endpoints)
    || !Array.isArray(value.health) || typeof value.judged !== 'number') {
    return `its ${PARTIAL_FILE} lacks the pins, selection, tally or health a partial result holds`;
  }
  return undefined;
}

async function fetchPartial(
  client: ArtifactDownloader,
  artifact: { id: number; name: string; size: number },
  dir: string,
): Promise<{ partial: unknown } | { problem: string }> {
  // The listed size is of the zip; a partial compresses well, so this only stops the absurd.
  if (artifact.size > MAX_PARTIAL_BYTES) return { problem: `its artifact is ${artifact.size} bytes, more than a partial result can be (${MAX_PARTIAL_BYTES})` };
  const folder = path.join(dir, String(artifact.id));
  try {
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });
    await client.downloadArtifact(artifact.id, { path: folder });
  } catch (error) {
    return { problem: `its artifact could not be downloaded: ${messageOf(error)}` };
  }
  return readPartial(path.join(folder, PARTIAL_FILE));
}

/** Reads at most MAX_PARTIAL_BYTES of a partial result file and parses it. */
export async function readPartial(file: string): Promise<{ partial: unknown } | { problem: string }> {
  let text: string;
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      if (size > MAX_PARTIAL_BYTES) return { problem: `its ${PARTIAL_FILE} is ${size} bytes, more than a partial result can be (${MAX_PARTIAL_BYTES})` };
      const buffer = Buffer.alloc(size);
      const { bytesRead } = await handle.read(buffer, 0, size, 0);
      text = buffer.toString('utf8', 0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { problem: missing ? `its artifact holds no ${PARTIAL_FILE}` : `its ${PARTIAL_FILE} could not be read: ${messageOf(error)}` };
  }
  try {
    return { partial: JSON.parse(text) as unknown };
  } catch (error) {
    return { problem: `its ${PARTIAL_FILE} is not JSON: ${messageOf(error)}` };
  }
}
