import { messageOf } from '../errors.js';

/** A GitHub call that was refused or failed, with the permission that would have allowed it. */
export interface Refusal {
  what: string;
  permission: string;
  status?: number;
  message: string;
}

/**
 * Runs GitHub calls that must never stop the gate: a failure is logged as a detail line and
 * remembered, so the run can end with one line saying why nothing was posted.
 */
export class GitHubCalls {
  readonly refusals: Refusal[] = [];

  constructor(private readonly log: (line: string) => void) {}

  async attempt<T>(what: string, permission: string, call: () => Promise<T>): Promise<T | undefined> {
    try {
      return await call();
    } catch (error) {
      const status = (error as { status?: number }).status;
      const refusal: Refusal = { what, permission, message: messageOf(error), ...(typeof status === 'number' ? { status } : {}) };
      this.refusals.push(refusal);
      const hint = isPermission(refusal) ? `; grant "${permission}" in the workflow's permissions (fork PRs get a read-only token)` : '';
      this.log(`could not ${what}: ${status ? `${status} ` : ''}${refusal.message}${hint}`);
      return undefined;
    }
  }
}

export function isPermission(refusal: Refusal): boolean {
  return refusal.status === 403 || refusal.status === 404;
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
  return `${what}: ${failure ? `GitHub answered ${failure.status ?? 'with an error'} (${failure.message})` : 'GitHub could not be reached'}; ${instead}.`;
}
