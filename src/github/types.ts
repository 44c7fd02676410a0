import type { getOctokit } from '@actions/github';

/** The Octokit client the composition root hands in; typed only, so this stage stays testable. */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}

/** Where reports go: the commit checked and, for pull requests, the conversation. */
export interface PullRequestTarget extends RepoRef {
  headSha: string;
  pullNumber?: number;
  /** `owner:branch` of the head, when the event names no pull request but one may exist (workflow_run from a fork). */
  headLabel?: string;
}
