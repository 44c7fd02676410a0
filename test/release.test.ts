// The release's local dry run (scripts/release.mjs --dry-run), the same steps the release
// workflow runs on a version tag: the version and tag, dist/ against a fresh build, the licences,
// the changelog section, the tags it would move, the tarball, npm publish --dry-run --provenance
// (against an unreachable registry: nothing leaves the machine).
import test from 'ava';
import { execFile } from 'node:child_process';
import { projectRoot } from '../stack/project-root.js';

interface Run { code: number; stdout: string; stderr: string }

function release(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/release.mjs', '--dry-run', ...args], { cwd: projectRoot(), timeout: 150_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, GITHUB_REF_NAME: '' } },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }));
  });
}

test('the dry run passes every step on this tree and says what it would do', async (t) => {
  const [ok, wrongTag] = await Promise.all([release([]), release(['--tag', 'v99.0.0'])]);
  t.is(ok.code, 0, ok.stderr);
  t.regex(ok.stdout, /^1\. version: package\.json (\d+\.\d+\.\d+), tag v\1\n/);
  t.regex(ok.stdout, /2\. dist\/ and replay-gate\.schema\.json against a fresh build\n {3}same, file for file\n/);
  t.regex(ok.stdout, /LICENSE, and dist\/licenses\.txt with \d+ bundled packages/);
  t.regex(ok.stdout, /4\. release notes from CHANGELOG\.md\n[\s\S]*\| ### Added/);
  t.regex(ok.stdout, /v0: would move .* to [0-9a-f]{12}/);
  t.regex(ok.stdout, /replay-gate-\d+\.\d+\.\d+\.tgz: \d+ files, [\d.]+ MB packed/);
  t.regex(ok.stdout, /\+ replay-gate@\d+\.\d+\.\d+/);
  t.regex(ok.stdout, /Dry run: v\d+\.\d+\.\d+ is ready to release\.\n$/);

  t.is(wrongTag.code, 1);
  t.regex(wrongTag.stderr, /^release: the tag v99\.0\.0 is not v\d+\.\d+\.\d+ \(package\.json\): bump the version or tag it/m);
});
