import { type FailureKind, failureOf } from './api-failure.js';

/** A GitHub call that was refused or failed, with the permission that would have allowed it. */
export interface Refusal {
  what: string;
  permission: string;
  /** `refused` when GitHub said no; otherwise GitHub was down, slow or rate-limiting. */
  kind: FailureKind;
  status?: number;
  message: string;
}

/**
 * Runs GitHub calls that must never stop the gate: a failure is logged as a detail line and
 * remembered, so the run can end with one line saying why nothing was posted.
 */
export class GitHubCalls {
  readonly refusals: Refusal[] = [];

  constructor(
    private readonly log: (line: string) => void,
    private readonly epochMs: () => number = Date.now,
  ) {}

  async attempt<T>(what: string, permission: string, call: () => Promise<T>): Promise<T | undefined> {
    try {
      return await call();
    } catch (error) {
      const { kind, status, message } = failureOf(error, this.epochMs());
      const refusal: Refusal = { what, permission, kind, message, ...(status !== undefined ? { status } : {}) };
      this.refusals.push(refusal);
      const hint = isPermission(refusal) ? `; grant "${permission}" in the workflow's permissions (fork PRs get a read-only token)` : '';
      // A refusal is GitHub's answer, said with its status; anything else says what happened itself.
      this.log(`could not ${what}: ${kind === 'refused' && status ? `${status} ` : ''}${message}${hint}`);
      return undefined;
    }
  }
}

/** A 403 or 404 GitHub meant: the token may not (a rate limit's 403 is not one). */
export function isPermission(refusal: Refusal): boolean {
  return refusal.kind === 'refused' && (refusal.status === 403 || refusal.status === 404);
}

/**
 * The one line that says why the check run or the comment is missing, or undefined when both
 * were posted. `missing` names what is missing ("check run", "PR comment").
 */
export function whyNothingPosted(missing: string[], refusals: readonly Refusal[], hasToken: boolean): string | undefined {
  if (missing.length === 0) return undefined;
  const what = `replay-gate posted no ${missing.join(' and no ')}`;
  const instead = 'the job summary, the annotations and the report artifact have the results';
  if (!hasToken) return `${what}: the github-token input is empty; ${instead}.`;
  const permissions = [...new Set(refusals.filter(isPermission).map((r) => r.permission))];
  if (permissions.length > 0) {
    return `${what}: the token may not write (${refusals.filter(isPermission).map((r) => r.status).join('/')}; pull requests from forks get a read-only token). ` +
      `Grant ${permissions.map((p) => `"${p}"`).join(' and ')}, or use the workflow_run recipe in the README; ${instead}.`;
  }
  const failure = refusals[0];
  const why = !failure ? 'GitHub could not be reached'
    : failure.kind === 'refused' ? `GitHub answered ${failure.status ?? 'with an error'} (${failure.message})`
    : `could not ${failure.what}: ${failure.message}`;
  return `${what}: ${why}; ${instead}.`;
}
