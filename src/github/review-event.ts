import { readFileSync } from 'node:fs';
import type { Acceptance } from '../review/types.js';
import type { LabelEvent } from '../review/acceptance.js';
import type { GitHubClient, PullRequestTarget } from './types.js';

// The issue events of a pull request read to find who added the label, newest last: bounded.
const EVENT_PAGES = 10;

/**
 * The label side of a `pull_request` event, from its payload: the action, the label added or
 * removed and by whom, and the pull request's labels. Undefined for other events.
 */
export function pullRequestLabelEvent(env: NodeJS.ProcessEnv): LabelEvent | undefined {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const pull = payload.pull_request;
  if (!isObject(pull) || typeof payload.action !== 'string') return undefined;
  const event: LabelEvent = { action: payload.action, labels: labelNames(pull.labels) };
  if (isObject(payload.label) && typeof payload.label.name === 'string') event.label = payload.label.name;
  if (isObject(payload.sender) && typeof payload.sender.login === 'string') event.sender = payload.sender.login;
  return event;
}

/** Whether the event is a `workflow_run` (the fork-safe recipe), whose payload says nothing of labels. */
export function isWorkflowRun(env: NodeJS.ProcessEnv): boolean {
  return isObject(readPayload(env.GITHUB_EVENT_PATH).workflow_run);
}

/**
 * The label side of a `workflow_run`, from GitHub rather than from the triggering run (whose
 * workflow a fork may have rewritten): the pull request's labels, and, when the acceptance label
 * is on, its latest `labeled` event. That event asks for an acceptance when it is newer than the
 * acceptance on record; otherwise the label has stayed on since.
 */
export async function workflowRunLabelEvent(
  client: GitHubClient,
  target: PullRequestTarget & { pullNumber: number },
  acceptLabel: string,
  previous: Acceptance | undefined,
): Promise<LabelEvent> {
  const base = { owner: target.owner, repo: target.repo };
  const { data: pull } = await client.rest.pulls.get({ ...base, pull_number: target.pullNumber });
  const labels = labelNames(pull.labels);
  if (!labels.includes(acceptLabel)) return { action: 'synchronize', labels };
  let latest: { sender: string; at: string } | undefined;
  for (let page = 1; page <= EVENT_PAGES; page++) {
    const { data } = await client.rest.issues.listEvents({ ...base, issue_number: target.pullNumber, per_page: 100, page });
    for (const event of data) {
      const label = (event as { label?: { name?: unknown } }).label;
      if (event.event === 'labeled' && label?.name === acceptLabel && event.actor?.login) latest = { sender: event.actor.login, at: event.created_at };
    }
    if (data.length < 100) break;
  }
  if (latest && (!previous || Date.parse(latest.at) > Date.parse(previous.at))) {
    return { action: 'labeled', label: acceptLabel, sender: latest.sender, labels };
  }
  return { action: 'synchronize', labels };
}

function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels.map((l) => (typeof l === 'string' ? l : isObject(l) && typeof l.name === 'string' ? l.name : undefined)).filter((n): n is string => n !== undefined);
}

function readPayload(file: string | undefined): Record<string, any> {
  if (!file) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return isObject(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

function isObject(value: unknown): value is Record<string, any> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
