import test from 'ava';
import { getOctokit } from '@actions/github';
import { startGitHubApi, type GitHubApi, type GitHubApiOptions } from '../stack/github-api.js';

const repo = { owner: 'octo-org', repo: 'shop' };
const sha = 'a'.repeat(40);

async function withApi(
  options: GitHubApiOptions,
  body: (api: GitHubApi, octokit: ReturnType<typeof getOctokit>) => Promise<void>,
): Promise<void> {
  const api = await startGitHubApi(options);
  try {
    await body(api, getOctokit('ghs_test-token', { baseUrl: api.url }));
  } finally {
    await api.close();
  }
}

function annotations(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    path: 'src/api.ts',
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: 'warning' as const,
    message: `GET /orders/${i} changed`,
  }));
}

async function rejection(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await promise;
  } catch (err) {
    return err as { status: number; message: string };
  }
  throw new Error('expected the call to fail');
}

test('a check run is created in progress, then completed with appended annotations', async (t) => {
  await withApi({}, async (api, octokit) => {
    const created = await octokit.rest.checks.create({
      ...repo,
      name: 'replay-gate',
      head_sha: sha,
      status: 'in_progress',
      external_id: 'run-1',
      output: { title: 'Replaying', summary: 'Replaying 200 requests', annotations: annotations(50) },
    });
    t.is(created.status, 201);
    t.is(created.data.status, 'in_progress');
    t.is(created.data.conclusion, null);

    const updated = await octokit.rest.checks.update({
      ...repo,
      check_run_id: created.data.id,
      conclusion: 'failure',
      output: { title: '3 endpoints changed', summary: '## Verdict: fail', annotations: annotations(7) },
    });
    t.is(updated.data.status, 'completed');
    t.is(updated.data.output.annotations_count, 57);

    const run = api.checkRuns.get(created.data.id)!;
    t.is(run.name, 'replay-gate');
    t.is(run.head_sha, sha);
    t.is(run.external_id, 'run-1');
    t.is(run.conclusion, 'failure');
    t.truthy(run.completed_at);
    t.is(run.output.summary, '## Verdict: fail');
    t.is(run.output.annotations.length, 57);
    t.deepEqual(api.requests.map((r) => r.operationId), ['checks/create', 'checks/update']);
    t.deepEqual(api.violations(), []);
  });
});

test('comments are listed, created and updated in place', async (t) => {
  await withApi({}, async (api, octokit) => {
    const other = api.seedComment(7, '<!-- replay-gate -->\nsomeone else', 'mallory');
    const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: '<!-- replay-gate -->\nv1' });
    t.is(created.status, 201);
    t.is(created.data.user?.login, 'github-actions[bot]');
    t.is(created.data.user?.type, 'Bot');

    const listed = await octokit.rest.issues.listComments({ ...repo, issue_number: 7 });
    t.deepEqual(listed.data.map((c) => c.id), [other.id, created.data.id]);

    const mine = listed.data.find((c) => c.body?.includes('<!-- replay-gate -->') && c.user?.login === 'github-actions[bot]')!;
    await octokit.rest.issues.updateComment({ ...repo, comment_id: mine.id, body: '<!-- replay-gate -->\nv2' });

    t.deepEqual(
      api.comments.map((c) => [c.id, c.issue_number, c.user.login, c.body]),
      [
        [other.id, 7, 'mallory', '<!-- replay-gate -->\nsomeone else'],
        [created.data.id, 7, 'github-actions[bot]', '<!-- replay-gate -->\nv2'],
      ],
    );
    t.deepEqual(api.violations(), []);
  });
});

test('updating another user\'s comment is recorded as a takeover', async (t) => {
  await withApi({}, async (api, octokit) => {
    const other = api.seedComment(7, '<!-- replay-gate -->', 'mallory', 'octo-org/shop');
    await octokit.rest.issues.updateComment({ ...repo, comment_id: other.id, body: 'mine now' });
    t.is(api.violations().length, 1);
    t.regex(api.violations()[0]!, /took over comment \d+ by mallory/);
  });
});

test('list-comments pages through more than 100 comments with a Link header', async (t) => {
  await withApi({}, async (api, octokit) => {
    for (let i = 0; i < 130; i++) api.seedComment(9, `comment ${i}`, i % 2 ? 'alice' : 'bob');
    api.seedComment(10, 'another pull request', 'alice');

    const first = await octokit.rest.issues.listComments({ ...repo, issue_number: 9, per_page: 100 });
    t.is(first.data.length, 100);
    t.regex(first.headers.link ?? '', /[?&]page=2[^>]*>; rel="next"/);

    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 9, per_page: 100 });
    t.is(all.length, 130);
    t.deepEqual(all.map((c) => c.body), Array.from({ length: 130 }, (_, i) => `comment ${i}`));
    t.deepEqual(api.requests.slice(1).map((r) => r.query.page ?? '1'), ['1', '2']);
    t.deepEqual(api.violations(), []);
  });
});

test('a denied operation answers 403 like a read-only token', async (t) => {
  await withApi({ deny: ['issues/create-comment', 'checks/create'] }, async (api, octokit) => {
    const err = await rejection(octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'hi' }));
    t.is(err.status, 403);
    t.regex(err.message, /Resource not accessible by integration/);
    const check = await rejection(octokit.rest.checks.create({ ...repo, name: 'replay-gate', head_sha: sha }));
    t.is(check.status, 403);
    t.is(api.comments.length, 0);
    t.is(api.checkRuns.size, 0);
    t.deepEqual(api.violations(), []);
  });
});

test('GET /user is forbidden to GITHUB_TOKEN and answers for a personal access token', async (t) => {
  await withApi({}, async (api, octokit) => {
    const err = await rejection(octokit.rest.users.getAuthenticated());
    t.is(err.status, 403);
    t.deepEqual(api.violations(), []);
  });
  await withApi({ login: 'octocat', userEndpointForbidden: false }, async (api, octokit) => {
    const me = await octokit.rest.users.getAuthenticated();
    t.is(me.data.login, 'octocat');
    t.is(me.data.type, 'User');
    const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 3, body: 'hello' });
    t.is(created.data.user?.login, 'octocat');
    t.deepEqual(api.violations(), []);
  });
});

test('pulls/get answers the seeded head SHA', async (t) => {
  await withApi({}, async (api, octokit) => {
    api.seedPull(42, { head_sha: sha, head_ref: 'feature/faster-orders' });
    const pull = await octokit.rest.pulls.get({ ...repo, pull_number: 42 });
    t.is(pull.data.head.sha, sha);
    t.is(pull.data.head.ref, 'feature/faster-orders');
    t.is(pull.data.number, 42);
    t.deepEqual(api.violations(), []);
  });
});

test('a body the spec rejects answers 422 and is recorded', async (t) => {
  await withApi({}, async (api, octokit) => {
    const err = await rejection(
      octokit.rest.checks.create({ ...repo, name: 'replay-gate', head_sha: sha, status: 'running' as 'queued' }),
    );
    t.is(err.status, 422);
    t.is(api.checkRuns.size, 0);
    t.is(api.requests[0]!.status, 422);
    t.regex(api.violations().join('\n'), /body\.status must be equal to one of the allowed values \(queued, in_progress, completed\)/);
  });
});

test('51 annotations in one request are rejected', async (t) => {
  await withApi({}, async (api, octokit) => {
    const err = await rejection(
      octokit.rest.checks.create({
        ...repo, name: 'replay-gate', head_sha: sha,
        output: { title: 't', summary: 's', annotations: annotations(51) },
      }),
    );
    t.is(err.status, 422);
    t.regex(api.violations().join('\n'), /51 annotations in one request; GitHub takes at most 50/);
  });
});

test('a summary or comment over GitHub\'s limits is rejected', async (t) => {
  await withApi({}, async (api, octokit) => {
    const summary = await rejection(
      octokit.rest.checks.create({ ...repo, name: 'g', head_sha: sha, output: { title: 't', summary: 'x'.repeat(65_536) } }),
    );
    t.is(summary.status, 422);
    const comment = await rejection(octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x'.repeat(65_537) }));
    t.is(comment.status, 422);
    const problems = api.violations().join('\n');
    t.regex(problems, /output\.summary is 65536 characters/);
    t.regex(problems, /comment body is 65537 characters/);
    t.is(api.comments.length, 0);
  });
});

test('unknown fields, routes, ids and missing auth are recorded', async (t) => {
  await withApi({}, async (api, octokit) => {
    await octokit.request('POST /repos/{owner}/{repo}/check-runs', { ...repo, name: 'g', head_sha: sha, conclussion: 'success' });
    await rejection(octokit.request('GET /repos/{owner}/{repo}/releases', repo));
    await rejection(octokit.rest.checks.update({ ...repo, check_run_id: 1, status: 'in_progress' }));
    const anonymous = await fetch(`${api.url}/repos/octo-org/shop/issues/1/comments`);
    t.is(anonymous.status, 401);
    const problems = api.violations();
    t.is(problems.length, 4);
    t.regex(problems[0]!, /unknown field body\.conclussion/);
    t.regex(problems[1]!, /no operation .* matches GET \/repos\/octo-org\/shop\/releases/);
    t.regex(problems[2]!, /check run 1 does not exist/);
    t.regex(problems[3]!, /no Authorization header/);
  });
});

test('failAll answers every call with that status', async (t) => {
  await withApi({ failAll: 502 }, async (api, octokit) => {
    const err = await rejection(octokit.rest.issues.listComments({ ...repo, issue_number: 1 }));
    t.is(err.status, 502);
    t.deepEqual(api.violations(), []);
  });
});
