import type { GitHubClient, PullRequestTarget } from './types.js';
import type { CheckAnnotation } from '../report/annotations.js';

export type { CheckAnnotation };
/** GitHub's conclusions the gate uses; `cancelled` when the runner stopped the job mid-replay. */
export type Conclusion = 'success' | 'failure' | 'neutral' | 'cancelled';

export interface CheckOutput {
  title: string;
  /** Already fitted within GitHub's 65,535 bytes. */
  summary: string;
  annotations: CheckAnnotation[];
}

// GitHub takes at most 50 annotations per request and appends those of later updates.
const ANNOTATIONS_PER_REQUEST = 50;

export async function startCheckRun(client: GitHubClient, target: PullRequestTarget, name: string, detailsUrl?: string): Promise<number> {
  const { data } = await client.rest.checks.create({
    owner: target.owner,
    repo: target.repo,
    name,
    head_sha: target.headSha,
    status: 'in_progress',
    started_at: new Date().toISOString(),
    ...(detailsUrl ? { details_url: detailsUrl } : {}),
    output: { title: 'Replaying production traffic…', summary: 'The gate is replaying the traffic snapshot against the preview.' },
  });
  return checkRunId(data);
}

/**
 * The check run, created already completed: for when creating it at the start failed (GitHub was
 * down or slow then). Annotations past the first 50 follow in updates, as completeCheckRun sends them.
 */
export async function createCompletedCheckRun(
  client: GitHubClient,
  target: PullRequestTarget,
  name: string,
  conclusion: Conclusion,
  output: CheckOutput,
  detailsUrl?: string,
): Promise<number> {
  const first = output.annotations.slice(0, ANNOTATIONS_PER_REQUEST);
  const stamp = new Date().toISOString();
  const { data } = await client.rest.checks.create({
    owner: target.owner,
    repo: target.repo,
    name,
    head_sha: target.headSha,
    status: 'completed',
    conclusion,
    started_at: stamp,
    completed_at: stamp,
    ...(detailsUrl ? { details_url: detailsUrl } : {}),
    output: { title: output.title, summary: output.summary, annotations: first },
  });
  const id = checkRunId(data);
  const base = { owner: target.owner, repo: target.repo, check_run_id: id };
  for (let i = ANNOTATIONS_PER_REQUEST; i < output.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    const annotations = output.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST);
    await client.rest.checks.update({ ...base, output: { title: output.title, summary: output.summary, annotations } });
  }
  return id;
}

// An answer cut short (a timeout while the body arrived) parses as no object at all.
function checkRunId(data: unknown): number {
  const id = (data as { id?: unknown } | null)?.id;
  if (typeof id !== 'number') throw new Error('GitHub answered without a check run id');
  return id;
}

export async function completeCheckRun(
  client: GitHubClient,
  target: PullRequestTarget,
  checkRunId: number,
  conclusion: Conclusion,
  output: CheckOutput,
): Promise<void> {
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < output.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(output.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  const last = batches.pop() ?? [];
  const base = { owner: target.owner, repo: target.repo, check_run_id: checkRunId };
  // Earlier batches carry a short summary: the full one goes once, with the conclusion.
  for (const [i, annotations] of batches.entries()) {
    const summary = `Adding annotations: ${(i + 1) * ANNOTATIONS_PER_REQUEST} of ${output.annotations.length}…`;
    await client.rest.checks.update({ ...base, output: { title: output.title, summary, annotations } });
  }
  await client.rest.checks.update({
    ...base,
    status: 'completed',
    conclusion,
    completed_at: new Date().toISOString(),
    output: { title: output.title, summary: output.summary, annotations: last },
  });
}
