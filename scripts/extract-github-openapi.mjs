#!/usr/bin/env node
// Cuts GitHub's published OpenAPI description down to the operations replay-gate calls, so the
// local GitHub stand-in (stack/github-api.ts) can check requests against the real contract.
// @octokit/openapi unpacks to ~400 MB, far too much for a dependency: we fetch its tarball with
// `npm pack`, pull out the one JSON file we need, and keep a few hundred KB of it.
//
//   node scripts/extract-github-openapi.mjs            # writes stack/github-openapi.json
//
// To cover a new call, add its operationId below and run the script again.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OPERATION_IDS = [
  'checks/create',
  'checks/update',
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'users/get-authenticated',
  'pulls/get',
  'pulls/list',
  'repos/get-collaborator-permission-level',
  'issues/list-events',
];

// Pinned major so a regenerated file only changes when we choose to move.
const PACKAGE = '@octokit/openapi';
const PACKAGE_MAJOR = '23';
// The non-dereferenced description of github.com (the .deref.json variant is 5x larger and
// loses the $ref structure; ghec/ghes are other products).
const SPEC_IN_TARBALL = 'package/generated/api.github.com.json';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
// Examples and prose are most of the bytes and nothing validates against them. externalDocs stays:
// the stand-in answers errors with the operation's documentation_url as GitHub does.
const DROPPED_KEYS = new Set([
  'examples',
  'example',
  'description',
  'x-octokit',
  'x-github-breaking-changes',
]);

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(projectRoot, 'stack', 'github-openapi.json');

function fetchSpec() {
  const tmp = mkdtempSync(join(tmpdir(), 'github-openapi-'));
  try {
    const packed = execFileSync(
      'npm',
      ['pack', `${PACKAGE}@${PACKAGE_MAJOR}`, '--pack-destination', tmp, '--json', '--silent'],
      { cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 },
    );
    const [{ filename, version }] = JSON.parse(packed);
    execFileSync('tar', ['-xzf', join(tmp, filename), '-C', tmp, SPEC_IN_TARBALL], {
      stdio: 'inherit',
    });
    const spec = JSON.parse(readFileSync(join(tmp, SPEC_IN_TARBALL), 'utf8'));
    return { spec, version };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function strip(value) {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [key, inner] of Object.entries(value)) {
    // A schema property may itself be named "description" or "example": only drop the keyword.
    if (DROPPED_KEYS.has(key) && !isPropertiesMap(value)) continue;
    out[key] = strip(inner);
  }
  return out;
}

// Objects under `properties` map property names to schemas; their keys are data, not keywords.
const propertiesMaps = new WeakSet();
function isPropertiesMap(object) {
  return propertiesMaps.has(object);
}
function markPropertiesMaps(value) {
  if (value === null || typeof value !== 'object') return;
  if (!Array.isArray(value) && value.properties && typeof value.properties === 'object') {
    propertiesMaps.add(value.properties);
  }
  for (const inner of Object.values(value)) markPropertiesMaps(inner);
}

function resolvePointer(spec, ref) {
  const parts = ref.slice(2).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = spec;
  for (const part of parts) {
    node = node?.[part];
    if (node === undefined) throw new Error(`Unresolvable $ref ${ref}`);
  }
  return { node, parts };
}

function collectRefs(value, found) {
  if (value === null || typeof value !== 'object') return;
  if (typeof value.$ref === 'string') found.push(value.$ref);
  for (const inner of Object.values(value)) collectRefs(inner, found);
}

function extract(spec, version) {
  markPropertiesMaps(spec);
  const paths = {};
  const wanted = new Set(OPERATION_IDS);
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op || !wanted.has(op.operationId)) continue;
      wanted.delete(op.operationId);
      paths[path] ??= item.parameters ? { parameters: strip(item.parameters) } : {};
      paths[path][method] = strip(op);
    }
  }
  if (wanted.size > 0) {
    throw new Error(`Operations not found in ${PACKAGE}@${version}: ${[...wanted].join(', ')}`);
  }

  const components = {};
  const pending = [];
  collectRefs(paths, pending);
  const seen = new Set();
  while (pending.length > 0) {
    const ref = pending.pop();
    if (seen.has(ref)) continue;
    seen.add(ref);
    if (!ref.startsWith('#/components/')) throw new Error(`Unexpected external $ref ${ref}`);
    const { node, parts } = resolvePointer(spec, ref);
    const [, kind, name] = parts;
    const copy = strip(node);
    (components[kind] ??= {})[name] = copy;
    collectRefs(copy, pending);
  }
  for (const kind of Object.keys(components)) components[kind] = sortKeys(components[kind]);

  return {
    openapi: spec.openapi,
    info: { title: spec.info.title, version: spec.info.version },
    'x-source': {
      package: `${PACKAGE}@${version}`,
      file: SPEC_IN_TARBALL.replace(/^package\//, ''),
      operations: OPERATION_IDS,
      note: 'Generated by scripts/extract-github-openapi.mjs; descriptions and examples removed.',
    },
    paths: sortKeys(paths),
    components: sortKeys(components),
  };
}

function sortKeys(object) {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const { spec, version } = fetchSpec();
const subset = extract(spec, version);
writeFileSync(outFile, `${JSON.stringify(subset, null, 1)}\n`);
const counts = Object.entries(subset.components).map(([kind, map]) => `${Object.keys(map).length} ${kind}`);
console.log(`Wrote ${outFile} from ${PACKAGE}@${version}: ${OPERATION_IDS.length} operations, ${counts.join(', ')}`);
