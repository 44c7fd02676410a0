// A local stand-in for api.github.com, reached through `getOctokit(token, { baseUrl: api.url })`.
// It keeps the state the action touches (check runs, issue comments), answers as GitHub does, and
// records each call with every way it strays from GitHub's published OpenAPI description, so a
// test can end with `t.deepEqual(api.violations(), [])`.
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GitHubContract, findSpecFile, type OperationMatch, type RequestCheck } from './github-openapi-check.js';
import {
  authenticatedUserJson, checkRunJson, collaboratorPermissionJson, commentJson, fakeSha, isBot, labelEventJson, now, pullJson,
  type CheckRunState, type IssueCommentState, type LabelEventState, type PullSeed, type RepositoryRole,
} from './github-api-model.js';
import { applyCheckRun, limitErrors, paginationLink, sameRepo } from './github-api-rules.js';
import { appendAll } from '../src/append-all.js';

export type { Annotation, CheckRunState, IssueCommentState, LabelEventState, PullSeed, RepositoryRole } from './github-api-model.js';

export interface GitHubApiOptions {
  /** The identity behind the token; default `github-actions[bot]` (a Bot, as GITHUB_TOKEN is). */
  login?: string;
  /** operationIds answered 403 "Resource not accessible by integration", like a read-only token. */
  deny?: string[];
  /** Answer every call with this status (GitHub outage, rate limit). */
  failAll?: number;
  /**
   * GitHub marks GET /user (and other operations) as not enabled for GitHub Apps, so GITHUB_TOKEN
   * gets 403 there. Default true; set false to play a personal access token.
   */
  userEndpointForbidden?: boolean;
  /** Defaults to stack/github-openapi.json in the project. */
  specFile?: string;
  /** Each user's role on the repository, for the collaborator permission endpoint; anyone else is not a collaborator (404). */
  roles?: Record<string, RepositoryRole>;
}

/**
 * A passing failure GitHub has, played on demand (see GitHubApi.inject). Each answers the way
 * GitHub does, with its status, headers and body; none changes any state.
 */
export type Fault =
  /** An outage: 500, 502, 503, 504. */
  | { kind: 'server-error'; status: number }
  /** 429 with `retry-after`. */
  | { kind: 'too-many-requests'; retryAfterSeconds: number }
  /** GitHub's secondary rate limit: 403 (or 429), its message, and `retry-after` when given. */
  | { kind: 'secondary-rate-limit'; status?: 403 | 429; retryAfterSeconds?: number }
  /** The token's primary rate limit used up: 403 (or 429), `x-ratelimit-remaining: 0`, and the reset. */
  | { kind: 'primary-rate-limit'; status?: 403 | 429; resetInSeconds: number }
  /** No answer for `ms`; a client that gave up by then got nothing, and nothing was done. */
  | { kind: 'hang'; ms: number };

export interface FaultScope {
  /** How many calls get it (1 by default). */
  times?: number;
  /** Only calls to this operation, e.g. `checks/update`; any call when absent. */
  operationId?: string;
}

export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  operationId: string | null;
  /** The parsed JSON request body, undefined when none was sent. */
  body: unknown;
  /** 0 when the client gave up before any answer (a hang). */
  status: number;
  response: unknown;
  problems: string[];
  /** The fault this call was answered with, if any. */
  fault?: Fault['kind'];
}

export interface GitHubApi {
  /** Base URL for `getOctokit(token, { baseUrl })`. */
  url: string;
  requests: RecordedCall[];
  /** Every problem of every call, each prefixed with the call it came from. */
  violations(): string[];
  /** The latest state of each check run, by id. */
  checkRuns: Map<number, CheckRunState>;
  comments: IssueCommentState[];
  /** A comment that already exists, e.g. another user's with the same marker; repository "owner/repo" or any. */
  seedComment(issueNumber: number, body: string, login: string, repository?: string): IssueCommentState;
  /** Without a seed, pulls/get answers an open pull request with a head SHA derived from its number. */
  seedPull(number: number, seed: PullSeed): void;
  /** Each user's role on the repository (see GitHubApiOptions.roles); changeable mid-test. */
  roles: Map<string, RepositoryRole>;
  /** The label events of each pull request, oldest first. */
  labelEvents: LabelEventState[];
  /**
   * Adds (or removes) a label on a pull request as `actor` does on GitHub: its labels change
   * and an issue event is recorded.
   */
  label(number: number, name: string, actor: string, action?: 'labeled' | 'unlabeled'): void;
  /** The pull request's labels now. */
  labelsOf(number: number): string[];
  /** Answers the next `times` calls (to `operationId`, or any) with `fault`, in the order injected. */
  inject(fault: Fault, scope?: FaultScope): void;
  close(): Promise<void>;
}

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

interface Call {
  match: OperationMatch;
  query: URLSearchParams;
  body: any;
  record: RecordedCall;
}

export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  const contract = GitHubContract.load(options.specFile ?? findSpecFile());
  const login = options.login ?? 'github-actions[bot]';
  const forbidAppDisabled = options.userEndpointForbidden ?? true;
  const deny = new Set(options.deny ?? []);
  const requests: RecordedCall[] = [];
  const checkRuns = new Map<number, CheckRunState>();
  const comments: IssueCommentState[] = [];
  const pulls = new Map<number, PullSeed>();
  const roles = new Map<string, RepositoryRole>(Object.entries(options.roles ?? {}));
  const labelEvents: LabelEventState[] = [];
  let nextEventId = 30_000_001;
  const faults: { fault: Fault; left: number; operationId?: string }[] = [];
  const hangs = new Set<NodeJS.Timeout>();
  // Distinct ranges, so a check run id passed where a comment id belongs is caught as a 404.
  let nextCheckRunId = 10_000_001;
  let nextCommentId = 20_000_001;
  let url = '';

  const error = (status: number, operationId: string | null, message: string): Answer => ({
    status,
    body: {
      message,
      documentation_url: operationId ? contract.docsUrl(operationId) : 'https://docs.github.com/rest',
      status: String(status),
    },
  });
  const invalid = (call: Call, errors: string[]): Answer =>
    error(422, call.match.operationId, `Invalid request.\n\n${errors.join('\n')}`);
  const notFound = (call: Call, what: string): Answer => {
    call.record.problems.push(`${what} does not exist`);
    return error(404, call.match.operationId, 'Not Found');
  };
  const visibleIn = (c: IssueCommentState, p: Record<string, string>) =>
    c.repository === null || c.repository === `${p.owner}/${p.repo}`;

  const handlers: Record<string, (call: Call) => Answer> = {
    'checks/create': (call) => {
      const { body, match } = call;
      if (body.status === 'completed' && body.conclusion === undefined) {
        call.record.problems.push('a completed check run needs a conclusion');
        return invalid(call, ['conclusion is required when status is completed']);
      }
      const run: CheckRunState = {
        id: nextCheckRunId++,
        owner: match.params.owner!,
        repo: match.params.repo!,
        name: body.name,
        head_sha: body.head_sha,
        status: 'queued',
        conclusion: null,
        started_at: now(),
        completed_at: null,
        external_id: null,
        details_url: null,
        output: { title: null, summary: null, text: null, annotations: [] },
      };
      applyCheckRun(run, body);
      checkRuns.set(run.id, run);
      return { status: 201, body: checkRunJson(url, run) };
    },
    'checks/update': (call) => {
      const id = Number(call.match.params.check_run_id);
      const current = checkRuns.get(id);
      if (!current || !sameRepo(current, call.match.params)) return notFound(call, `check run ${id}`);
      const run = structuredClone(current);
      applyCheckRun(run, call.body);
      checkRuns.set(id, run);
      return { status: 200, body: checkRunJson(url, run) };
    },
    'issues/list-comments': (call) => {
      const { params } = call.match;
      const since = Date.parse(call.query.get('since') ?? '');
      const all = comments.filter(
        (c) => c.issue_number === Number(params.issue_number) && visibleIn(c, params) &&
          (Number.isNaN(since) || Date.parse(c.updated_at) >= since),
      );
      const perPage = Math.min(100, Math.max(1, Number(call.query.get('per_page')) || 30));
      const page = Math.max(1, Number(call.query.get('page')) || 1);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const link = paginationLink(`${url}${call.record.path}`, call.query, page, Math.ceil(all.length / perPage));
      return {
        status: 200,
        body: slice.map((c) => commentJson(url, params.owner!, params.repo!, c)),
        headers: link ? { link } : undefined,
      };
    },
    'issues/create-comment': (call) => {
      const { params } = call.match;
      const stamp = now();
      const comment: IssueCommentState = {
        id: nextCommentId++,
        repository: `${params.owner}/${params.repo}`,
        issue_number: Number(params.issue_number),
        body: call.body.body,
        user: { login, type: isBot(login) ? 'Bot' : 'User' },
        created_at: stamp,
        updated_at: stamp,
      };
      comments.push(comment);
      const json = commentJson(url, params.owner!, params.repo!, comment);
      return { status: 201, body: json, headers: { location: String(json.url) } };
    },
    'issues/update-comment': (call) => {
      const { params } = call.match;
      const id = Number(params.comment_id);
      const comment = comments.find((c) => c.id === id && visibleIn(c, params));
      if (!comment) return notFound(call, `issue comment ${id}`);
      if (comment.user.login !== login) {
        call.record.problems.push(`took over comment ${id} by ${comment.user.login} (the token is ${login})`);
      }
      comment.body = call.body.body;
      comment.updated_at = now();
      return { status: 200, body: commentJson(url, params.owner!, params.repo!, comment) };
    },
    'users/get-authenticated': () => ({ status: 200, body: authenticatedUserJson(url, login) }),
    'pulls/list': (call) => {
      const { params } = call.match;
      const state = call.query.get('state') ?? 'open';
      const head = call.query.get('head');
      const base = call.query.get('base');
      const all = [...pulls]
        .map(([number, seed]) => pullJson(url, params.owner!, params.repo!, number, seed))
        .filter((p) => (state === 'all' || p.state === state) && (!head || p.head.label === head) && (!base || p.base.ref === base));
      const perPage = Math.min(100, Math.max(1, Number(call.query.get('per_page')) || 30));
      const page = Math.max(1, Number(call.query.get('page')) || 1);
      const link = paginationLink(`${url}${call.record.path}`, call.query, page, Math.ceil(all.length / perPage));
      return { status: 200, body: all.slice((page - 1) * perPage, page * perPage), headers: link ? { link } : undefined };
    },
    'repos/get-collaborator-permission-level': (call) => {
      const username = call.match.params.username!;
      const role = roles.get(username);
      if (!role) return error(404, call.match.operationId, `${username} is not a user`);
      return { status: 200, body: collaboratorPermissionJson(url, username, role) };
    },
    'issues/list-events': (call) => {
      const { params } = call.match;
      const all = labelEvents.filter((e) => e.issue_number === Number(params.issue_number));
      const perPage = Math.min(100, Math.max(1, Number(call.query.get('per_page')) || 30));
      const page = Math.max(1, Number(call.query.get('page')) || 1);
      const link = paginationLink(`${url}${call.record.path}`, call.query, page, Math.ceil(all.length / perPage));
      return {
        status: 200,
        body: all.slice((page - 1) * perPage, page * perPage).map((e) => labelEventJson(url, params.owner!, params.repo!, e)),
        headers: link ? { link } : undefined,
      };
    },
    'pulls/get': (call) => {
      const { params } = call.match;
      const number = Number(params.pull_number);
      const seed = pulls.get(number) ?? { head_sha: fakeSha(`head-${number}`) };
      return { status: 200, body: pullJson(url, params.owner!, params.repo!, number, seed) };
    },
  };

  function takeFault(operationId: string): Fault | undefined {
    const queued = faults.find((f) => f.left > 0 && (!f.operationId || f.operationId === operationId));
    if (!queued) return undefined;
    queued.left--;
    return queued.fault;
  }

  function faultAnswer(fault: Exclude<Fault, { kind: 'hang' }>, operationId: string): Answer {
    const epoch = Math.floor(Date.now() / 1000);
    switch (fault.kind) {
      case 'server-error':
        return error(fault.status, operationId, STATUS_CODES[fault.status] ?? 'Server Error');
      case 'too-many-requests':
        return { ...error(429, operationId, 'Too Many Requests'), headers: { 'retry-after': String(fault.retryAfterSeconds) } };
      case 'secondary-rate-limit': {
        // Word for word what GitHub answers, but for the request id.
        const status = fault.status ?? 403;
        const message = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
          `If you reach out to GitHub Support for help, please include the request ID 0000:${requests.length.toString(16).toUpperCase()}:STANDIN.`;
        return {
          status,
          body: { message, documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits', status: String(status) },
          ...(fault.retryAfterSeconds !== undefined ? { headers: { 'retry-after': String(fault.retryAfterSeconds) } } : {}),
        };
      }
      case 'primary-rate-limit': {
        const status = fault.status ?? 403;
        return {
          status,
          body: { message: 'API rate limit exceeded for installation ID 1234567.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits', status: String(status) },
          headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': String(epoch + fault.resetInSeconds) },
        };
      }
    }
  }

  function answer(call: Call, authorized: boolean, check: RequestCheck): Answer {
    const { operationId } = call.match;
    if (!authorized) return error(401, operationId, 'Requires authentication');
    if (options.failAll) return error(options.failAll, operationId, STATUS_CODES[options.failAll] ?? 'Error');
    if (deny.has(operationId) || (forbidAppDisabled && !contract.enabledForGitHubApps(operationId))) {
      return error(403, operationId, 'Resource not accessible by integration');
    }
    if (check.pathErrors.length > 0) return error(404, operationId, 'Not Found');
    const limits = limitErrors(operationId, call.body);
    appendAll(call.record.problems, limits);
    if (check.bodyErrors.length > 0 || limits.length > 0) return invalid(call, [...check.bodyErrors, ...limits]);
    const handler = handlers[operationId];
    if (!handler) {
      call.record.problems.push(`the stand-in has no handler for ${operationId}`);
      return error(501, operationId, 'Not Implemented');
    }
    return handler(call);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const parsed = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const record: RecordedCall = {
      method, path: parsed.pathname, query: Object.fromEntries(parsed.searchParams),
      operationId: null, body: undefined, status: 0, response: null, problems: [],
    };
    requests.push(record);
    let result: Answer;
    let gone = false;
    res.on('close', () => (gone = true));
    const raw = await readBody(req);
    const match = contract.match(method, parsed.pathname);
    if (raw.length > 0) {
      try {
        record.body = JSON.parse(raw);
      } catch {
        record.problems.push('request body is not JSON');
      }
    }
    if (!match) {
      record.problems.push(`no operation in ${contract.source} matches ${method} ${parsed.pathname} (extend scripts/extract-github-openapi.mjs?)`);
      result = error(404, null, 'Not Found');
    } else if (raw.length > 0 && record.body === undefined) {
      record.operationId = match.operationId;
      result = error(400, match.operationId, 'Problems parsing JSON');
    } else {
      record.operationId = match.operationId;
      const authorized = /^(token|bearer) \S+$/i.test(req.headers.authorization ?? '');
      if (!authorized) record.problems.push('no Authorization header ("token X" or "Bearer X")');
      const check = contract.checkRequest(match, parsed.searchParams, record.body);
      for (const problems of [check.pathErrors, check.bodyErrors, check.notes]) appendAll(record.problems, problems);
      const fault = takeFault(match.operationId);
      if (fault) record.fault = fault.kind;
      if (fault?.kind === 'hang') {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            hangs.delete(timer);
            resolve();
          }, fault.ms);
          hangs.add(timer);
          res.once('close', () => {
            clearTimeout(timer);
            hangs.delete(timer);
            resolve();
          });
        });
        if (gone) return;
      }
      result = fault && fault.kind !== 'hang'
        ? faultAnswer(fault, match.operationId)
        : answer({ match, query: parsed.searchParams, body: record.body, record }, authorized, check);
      appendAll(record.problems, contract.checkResponse(match.operationId, result.status, result.body));
    }
    record.status = result.status;
    record.response = result.body;
    const text = JSON.stringify(result.body);
    res.writeHead(result.status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': `0000:${requests.length.toString(16).toUpperCase()}:STANDIN`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(0, 5000 - requests.length)),
      'x-ratelimit-used': String(requests.length),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      ...result.headers,
    });
    res.end(text);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      requests.at(-1)?.problems.push(`stand-in crashed: ${String(err)}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'Server Error' }));
    });
  });
  // Longer than any test: a keep-alive socket the server closes just as Octokit reuses it is an
  // ECONNRESET, and a busy test process fires that timer late.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    requests,
    violations: () => requests.flatMap((r) => r.problems.map((p) => `${r.method} ${r.path} → ${r.status}: ${p}`)),
    checkRuns,
    comments,
    seedComment(issueNumber, body, author, repository) {
      const stamp = now();
      const comment: IssueCommentState = {
        id: nextCommentId++, repository: repository ?? null, issue_number: issueNumber, body,
        user: { login: author, type: isBot(author) ? 'Bot' : 'User' }, created_at: stamp, updated_at: stamp,
      };
      comments.push(comment);
      return comment;
    },
    seedPull(number, seed) {
      pulls.set(number, seed);
    },
    roles,
    labelEvents,
    label(number, name, actor, action = 'labeled') {
      const seed = pulls.get(number) ?? { head_sha: fakeSha(`head-${number}`) };
      const labels = new Set(seed.labels ?? []);
      if (action === 'labeled') labels.add(name);
      else labels.delete(name);
      pulls.set(number, { ...seed, labels: [...labels] });
      labelEvents.push({ id: nextEventId++, issue_number: number, event: action, label: name, actor, created_at: now() });
    },
    labelsOf: (number) => [...(pulls.get(number)?.labels ?? [])],
    inject(fault, scope = {}) {
      if (scope.operationId && !contract.operationIds.includes(scope.operationId)) {
        throw new Error(`no operation ${scope.operationId} in ${contract.source}; one of ${contract.operationIds.join(', ')}`);
      }
      faults.push({ fault, left: scope.times ?? 1, ...(scope.operationId ? { operationId: scope.operationId } : {}) });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of hangs) clearTimeout(timer);
        server.close((err) => (err ? reject(err) : resolve()));
        // Octokit keeps connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
