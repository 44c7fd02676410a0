// pull_request event payloads as GitHub sends them for labels and pushes (the fields the gate reads).
import { HEAD_SHA } from '../../stack/run-action.js';

export const ACCEPT_LABEL = 'replay-gate: accept';

export interface PullRequestEventOptions {
  action: 'opened' | 'synchronize' | 'reopened' | 'labeled' | 'unlabeled';
  /** The pull request's labels after the event. */
  labels: string[];
  /** Who sent it (added or removed the label, pushed). */
  sender?: string;
  /** The label added or removed. */
  label?: string;
  headSha?: string;
  number?: number;
}

export function pullRequestEvent(options: PullRequestEventOptions): Record<string, unknown> {
  const number = options.number ?? 42;
  return {
    action: options.action,
    number,
    pull_request: {
      number,
      head: { sha: options.headSha ?? HEAD_SHA, ref: 'feature' },
      base: { ref: 'main' },
      labels: options.labels.map((name, i) => ({ id: 100 + i, name, color: 'ededed', default: false })),
    },
    ...(options.label ? { label: { id: 99, name: options.label, color: 'ededed', default: false } } : {}),
    sender: { login: options.sender ?? 'octocat', type: 'User' },
    repository: { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' } },
  };
}
