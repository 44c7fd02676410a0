import path from 'node:path';

/** The part of @actions/artifact's DefaultArtifactClient the gate uses; tests hand in the real one. */
export interface ArtifactUploader {
  uploadArtifact(name: string, files: string[], rootDirectory: string, options?: { retentionDays?: number }): Promise<{ id?: number; size?: number }>;
}

export interface UploadedArtifact {
  id: number;
  name: string;
  /** The artifact's page, when the run is known. */
  url?: string;
}

/** Artifact names may not hold these (see @actions/artifact's name validation). */
export function artifactName(checkName: string, what = 'report'): string {
  return `${checkName}-${what}`.replace(/["':<>|*?\r\n\\/]/g, '-');
}

/**
 * Uploads the reports as one artifact. Without ACTIONS_RUNTIME_TOKEN (a local run, the CLI) there
 * is nowhere to upload to: that is said in one line, not treated as a failure. An upload that
 * fails is a warning: the verdict, the check and the comment do not depend on it.
 */
export async function uploadReports(
  uploader: () => ArtifactUploader,
  files: string[],
  options: {
    checkName: string; env: NodeJS.ProcessEnv; info: (line: string) => void; warning: (line: string) => void;
    /** The artifact's name after the check's (`report` by default), and what it holds, for the log. */
    artifact?: { suffix: string; holds: string };
  },
): Promise<UploadedArtifact | undefined> {
  const { env, info, warning } = options;
  const reports = options.artifact?.holds ?? 'the reports';
  if (!env.ACTIONS_RUNTIME_TOKEN) {
    info(`ACTIONS_RUNTIME_TOKEN is not set (not running on GitHub Actions): ${reports} ${options.artifact ? 'stays' : 'stay'} at ${path.dirname(files[0] ?? '.')}, not uploaded.`);
    return undefined;
  }
  const name = artifactName(options.checkName, options.artifact?.suffix);
  try {
    const { id } = await uploader().uploadArtifact(name, files, path.dirname(files[0]!));
    if (typeof id !== 'number') throw new Error('the artifact service returned no id');
    const url = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`
      : undefined;
    info(`Uploaded ${reports} as artifact "${name}"${url ? `: ${url}` : ''}`);
    return url ? { id, name, url } : { id, name };
  } catch (error) {
    warning(`could not upload ${reports} as an artifact: ${(error as Error).message?.split('\n')[0] ?? String(error)}; ${options.artifact ? 'it is' : 'they are'} at ${path.dirname(files[0] ?? '.')}`);
    return undefined;
  }
}
