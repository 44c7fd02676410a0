// How GitHub behaves beyond what its OpenAPI description says: limits it enforces, how a check run
// update merges, and how list endpoints paginate.
import { now, type Annotation, type CheckRunState } from './github-api-model.js';
import { appendAll } from '../src/append-all.js';

// Limits GitHub enforces; the comment limit is not in the OpenAPI description at all.
const MAX_ANNOTATIONS_PER_REQUEST = 50;
const MAX_SUMMARY_CHARS = 65_535;
const MAX_COMMENT_CHARS = 65_536;

// Characters, not UTF-16 units: an emoji counts once, as in the spec's maxLength.
const chars = (text: string): number => [...text].length;

// GitHub merges an update into the run, appends annotations and completes a run given a conclusion.
export function applyCheckRun(run: CheckRunState, body: any): void {
  for (const key of ['name', 'head_sha', 'status', 'started_at', 'completed_at', 'external_id', 'details_url'] as const) {
    if (body[key] !== undefined) run[key] = body[key];
  }
  if (body.conclusion !== undefined) {
    run.conclusion = body.conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed') run.completed_at ??= now();
  const output = body.output;
  if (output) {
    for (const key of ['title', 'summary', 'text'] as const) {
      if (output[key] !== undefined) run.output[key] = output[key];
    }
    appendAll(run.output.annotations, (output.annotations ?? []) as Annotation[]);
  }
}

export function limitErrors(operationId: string, body: any): string[] {
  const errors: string[] = [];
  if (operationId === 'checks/create' || operationId === 'checks/update') {
    const annotations = body?.output?.annotations;
    if (Array.isArray(annotations) && annotations.length > MAX_ANNOTATIONS_PER_REQUEST) {
      errors.push(`${annotations.length} annotations in one request; GitHub takes at most ${MAX_ANNOTATIONS_PER_REQUEST}`);
    }
    const summary = body?.output?.summary;
    if (typeof summary === 'string' && chars(summary) > MAX_SUMMARY_CHARS) {
      errors.push(`output.summary is ${chars(summary)} characters; GitHub takes at most ${MAX_SUMMARY_CHARS}`);
    }
  }
  if ((operationId === 'issues/create-comment' || operationId === 'issues/update-comment') &&
    typeof body?.body === 'string' && chars(body.body) > MAX_COMMENT_CHARS) {
    errors.push(`comment body is ${chars(body.body)} characters; GitHub takes at most ${MAX_COMMENT_CHARS}`);
  }
  return errors;
}

export function sameRepo(run: CheckRunState, params: Record<string, string>): boolean {
  return run.owner.toLowerCase() === params.owner?.toLowerCase() && run.repo.toLowerCase() === params.repo?.toLowerCase();
}

// GitHub's Link header: absolute URLs keeping the other query parameters, only when there are pages.
export function paginationLink(base: string, query: URLSearchParams, page: number, last: number): string | null {
  if (last <= 1) return null;
  const at = (n: number) => {
    const q = new URLSearchParams(query);
    q.set('page', String(n));
    return `<${base}?${q}>`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(`${at(page - 1)}; rel="prev"`);
  if (page < last) parts.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
  if (page > 1) parts.push(`${at(1)}; rel="first"`);
  return parts.join(', ');
}
