#!/usr/bin/env node
// The release, step by step; the release workflow (.github/workflows/release.yml) runs it on a
// version tag, and `--dry-run` runs every step that can run without GitHub and npm credentials:
//
//   node scripts/release.mjs --dry-run [--tag vX.Y.Z]     # checks, prints what it would do
//   node scripts/release.mjs --notes FILE                 # in the workflow: checks, writes the notes
//
// 1. the tag is v<package.json version> (and, for a real release, HEAD is that tag);
// 2. dist/ and replay-gate.schema.json are what the sources build to (built into a temporary
//    folder and compared file by file, so a running test suite never sees dist/ rebuilt);
// 3. dist/licenses.txt and LICENSE are present and current (part of 2);
// 4. the changelog section of the version, written to --notes for the GitHub release;
// 5. the tags it moves: vX.Y.Z and the major tag (v0 while the major is 0, else vX);
// 6. the tarball (npm pack): the bin and every export target in it, nothing else, its size;
// 7. `npm publish --dry-run --provenance` against a registry that cannot be reached, so
//    nothing leaves the machine (a real release publishes from the workflow, with provenance).
// Exits 1 with one line per problem; prints each step as it goes.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean' }, tag: { type: 'string' }, notes: { type: 'string' } } });
const dryRun = values['dry-run'] ?? false;
const problems = [];
const say = (line) => console.log(line);
const git = (...args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const npm = (args, options = {}) => execFileSync('npm', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });

const manifest = JSON.parse(await readFile('package.json', 'utf8'));
const tag = values.tag ?? (process.env.GITHUB_REF_NAME || `v${manifest.version}`);

say(`1. version: package.json ${manifest.version}, tag ${tag}`);
if (tag !== `v${manifest.version}`) problems.push(`the tag ${tag} is not v${manifest.version} (package.json): bump the version or tag it v${manifest.version}`);
if (!/^\d+\.\d+\.\d+$/.test(manifest.version)) problems.push(`package.json version ${manifest.version} is not MAJOR.MINOR.PATCH`);
if (manifest.private) problems.push('package.json says private: npm would refuse to publish it');
const head = git('rev-parse', 'HEAD');
const tagged = tryGit('rev-parse', `${tag}^{commit}`);
if (!dryRun && tagged !== head) problems.push(`HEAD ${head.slice(0, 12)} is not ${tag} (${tagged?.slice(0, 12) ?? 'no such tag'})`);

say('2. dist/ and replay-gate.schema.json against a fresh build');
const fresh = await mkdtemp(path.join(os.tmpdir(), 'replay-gate-release-'));
try {
  execFileSync(process.execPath, ['scripts/build.mjs', '--out', fresh], { stdio: ['ignore', 'inherit', 'inherit'] });
  const differing = await compareTrees(path.join(fresh, 'dist'), 'dist');
  if ((await readFile(path.join(fresh, 'replay-gate.schema.json'), 'utf8')) !== (await readFile('replay-gate.schema.json', 'utf8').catch(() => ''))) differing.push('replay-gate.schema.json');
  if (differing.length > 0) problems.push(`not what the sources build to: ${differing.slice(0, 5).join(', ')}${differing.length > 5 ? ` and ${differing.length - 5} more` : ''} (run npm run build and commit dist/)`);
  else say('   same, file for file');
} finally {
  await rm(fresh, { recursive: true, force: true });
}

say('3. licences');
if (!existsSync('LICENSE')) problems.push('LICENSE is missing');
const notices = await readFile('dist/licenses.txt', 'utf8').catch(() => '');
const bundled = (notices.match(/^\S+@\d[^:\s]*: /gm) ?? []).length;
if (bundled === 0) problems.push('dist/licenses.txt lists no bundled package');
else say(`   LICENSE, and dist/licenses.txt with ${bundled} bundled packages`);

say('4. release notes from CHANGELOG.md');
const changelog = await readFile('CHANGELOG.md', 'utf8').catch(() => '');
let notes = sectionOf(changelog, manifest.version);
if (notes === undefined) {
  const unreleased = sectionOf(changelog, 'Unreleased');
  if (!dryRun || unreleased === undefined) problems.push(`CHANGELOG.md has no "## [${manifest.version}]" section: move the Unreleased entries under it`);
  else say(`   no "## [${manifest.version}]" section yet; a release would stop here. The Unreleased section stands in:`);
  notes = unreleased ?? '';
}
say(notes.split('\n').slice(0, 6).map((line) => `   | ${line}`).join('\n'));
if (values.notes) await writeFile(values.notes, `${notes}\n`);

say('5. tags');
const major = `v${manifest.version.split('.')[0]}`;
const majorAt = tryGit('rev-parse', `${major}^{commit}`);
say(`   ${tag}: ${tagged ? `at ${tagged.slice(0, 12)}` : `would be created at ${head.slice(0, 12)}`}`);
say(`   ${major}: would move ${majorAt ? `from ${majorAt.slice(0, 12)}` : '(new)'} to ${(tagged ?? head).slice(0, 12)}`);

say('6. the tarball');
const [packed] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts']));
const files = new Set(packed.files.map((f) => f.path));
const targets = [...Object.values(manifest.bin ?? {}), ...Object.values(manifest.exports ?? {}).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)))];
for (const target of targets.map((t) => t.replace(/^\.\//, ''))) {
  // The recorder's entry arrives with its sources (src/record/); until then its export is the one gap.
  if (target.includes('record') && !existsSync('src/record/index.ts')) continue;
  if (!files.has(target)) problems.push(`the tarball lacks ${target}, named in package.json`);
}
const strays = [...files].filter((f) => /^(src|test|stack|bench|scripts|build|node_modules)\//.test(f));
if (strays.length > 0) problems.push(`the tarball holds sources or tests: ${strays.slice(0, 3).join(', ')}`);
say(`   ${packed.filename}: ${packed.entryCount} files, ${mb(packed.size)} packed, ${mb(packed.unpackedSize)} unpacked`);

say('7. npm publish --dry-run --provenance');
const unreachable = 'http://127.0.0.1:9/';
const published = npm(['publish', '--dry-run', '--provenance', '--ignore-scripts', '--registry', unreachable], { stdio: ['ignore', 'pipe', 'pipe'] });
say(`   ${published.trim().split('\n').pop()}`);

if (problems.length > 0) {
  for (const problem of problems) console.error(`release: ${problem}`);
  process.exit(1);
}
say(dryRun ? `\nDry run: ${tag} is ready to release.` : `\n${tag} checked.`);

function tryGit(...args) {
  try {
    return git(...args);
  } catch {
    return undefined;
  }
}

/** The text under `## [name]` up to the next `## ` heading, trimmed; undefined when absent. */
function sectionOf(text, name) {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`## [${name}]`));
  if (start < 0) return undefined;
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim();
}

/** Paths that differ between two folders, or are in only one. */
async function compareTrees(a, b) {
  const [left, right] = [await listFiles(a), await listFiles(b)];
  const differing = [];
  for (const file of new Set([...left, ...right])) {
    const [x, y] = await Promise.all([readFile(path.join(a, file)).catch(() => undefined), readFile(path.join(b, file)).catch(() => undefined)]);
    if (!x || !y || !x.equals(y)) differing.push(path.join('dist', file));
  }
  return differing.sort();
}

async function listFiles(dir, prefix = '') {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true }).catch(() => []);
  const files = [];
  for (const entry of entries) {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(dir, relative)));
    else files.push(relative);
  }
  return files;
}

function mb(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
