import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { GateError, messageOf } from '../errors.js';
import type { GatePartial } from '../partial.js';
import { MAX_PARTIAL_BYTES, PARTIAL_FILE, readPartial } from '../partial-file.js';
import { shardName } from '../shard.js';
import { artifactName } from './artifact-upload.js';

/** The part of @actions/artifact's DefaultArtifactClient the merge job uses. */
export interface ArtifactDownloader {
  listArtifacts(options?: { latest?: boolean }): Promise<{ artifacts: { id: number; name: string; size: number }[] }>;
  downloadArtifact(id: number, options?: { path?: string }): Promise<{ downloadPath?: string }>;
}

/** `<check-name>-shard-<i>-of-<n>`, sanitised as every artifact name is. */
export function shardArtifactSuffix(shard: { index: number; count: number }): string {
  return `shard-${shard.index}-of-${shard.count}`;
}

/** One shard's artifact as the merge job found it: the partial, or why there is none. */
export type FoundShard = { artifact: string; shard: { index: number; count: number } } & (
  | { partial: GatePartial }
  | { problem: string }
);

/**
 * Lists this workflow run's artifacts named `<check-name>-shard-<i>-of-<n>` (the newest of each
 * name, as a re-run job uploads again) and downloads each into its own folder under `dir`. An
 * artifact that cannot be downloaded or read is kept with the reason, so the verdict can name the
 * shard. Each partial's shape is checked as it is read (partial-file.ts); whether they are the
 * shards of one run, judging checks.
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

/** Why a partial, sound in itself, is not the one its artifact's name says; undefined when it is. */
function whyNotPartialOf(partial: GatePartial, shard: { index: number; count: number }): string | undefined {
  if (partial.shard.index === shard.index && partial.shard.count === shard.count) return undefined;
  return `its ${PARTIAL_FILE} is the partial result of ${shardName(partial.shard)}, not of the shard its name says`;
}

async function fetchPartial(
  client: ArtifactDownloader,
  artifact: { id: number; name: string; size: number },
  dir: string,
): Promise<{ partial: GatePartial } | { problem: string }> {
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
  return readDownloaded(folder);
}

/** The partial in a downloaded artifact's folder, or what is wrong with it, said of the artifact. */
async function readDownloaded(folder: string): Promise<{ partial: GatePartial } | { problem: string }> {
  const file = path.join(folder, PARTIAL_FILE);
  if (!(await stat(file).catch(() => undefined))?.isFile()) return { problem: `its artifact holds no ${PARTIAL_FILE}` };
  try {
    return { partial: await readPartial(file) };
  } catch (error) {
    // readPartial names the file: here it is a temporary folder, and the artifact says more.
    return { problem: `its ${PARTIAL_FILE}: ${messageOf(error).replace(`${file}: `, '')}` };
  }
}
