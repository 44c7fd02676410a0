import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { appendAll } from '../append-all.js';

/** Where an annotation about an endpoint lands, and how that place was found. */
export interface SourceLocation {
  /** Relative to the workspace (the repository root), with forward slashes. */
  path: string;
  line: number;
  how: 'config source' | 'workspace search' | 'config route' | 'config file' | 'workflow file';
}

export interface LocateOptions {
  workspace: string;
  /** The rules file, relative to the workspace. */
  configPath: string;
  /** `routes[].source` from the rules file: "path[:line]". */
  sourceOf?: (endpoint: string) => string | undefined;
  /** The workflow file that runs the gate, relative to the workspace (see workflowFileOf). */
  workflowPath?: string;
  limits?: Partial<SearchLimits>;
}

export interface SearchLimits {
  files: number;
  bytes: number;
  fileBytes: number;
  entries: number;
  depth: number;
}

// A workspace can be a monorepo: the search reads a bounded amount, then the config file stands in.
const LIMITS: SearchLimits = { files: 4000, bytes: 32 * 1024 * 1024, fileBytes: 512 * 1024, entries: 40_000, depth: 16 };
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'vendor', 'target', 'coverage', '__pycache__', 'out']);
// Code that serves routes; snapshots, lock files and docs are full of URLs that serve nothing.
const CODE = /\.(m?[jt]sx?|c[jt]s|py|rb|go|java|kt|kts|scala|cs|php|rs|ex|exs|swift|clj|fs|vb|lua|pl|dart|groovy)$/i;
const TEST_LIKE = /(^|\/)(tests?|__tests__|spec|specs|fixtures?|e2e|mocks?|__mocks__)\/|\.(test|spec)\.[a-z]+$/i;
// A quoted literal that starts with a slash: '/api/orders/', "/api/orders/{id}", `/api/orders/${id}`.
const LITERAL = /(['"`])(\/[^'"`\s]{0,300}?)\1/g;

interface Candidate {
  path: string;
  line: number;
  text: string;
}

/**
 * Finds, for each endpoint, the source line that serves it: the route's `source` in the rules
 * file, else the route's literal path in the workspace's code (`'/api/orders/:id'`, or its fixed
 * prefix `'/api/orders/'`), else the line of the rules file that configures the route, else the
 * rules file's first line, else the workflow file's. Only files that exist: an annotation on a
 * file the repository does not have shows nowhere, so such an endpoint gets no location.
 */
export async function locateSources(endpoints: readonly string[], options: LocateOptions): Promise<Map<string, SourceLocation>> {
  const limits = { ...LIMITS, ...options.limits };
  const configPath = toPosix(options.configPath);
  const configLines = await readLines(path.resolve(options.workspace, options.configPath));
  const located = new Map<string, SourceLocation>();
  const unresolved: string[] = [];
  for (const endpoint of endpoints) {
    const source = options.sourceOf?.(endpoint);
    const parsed = source ? parseSource(source, options.workspace) : undefined;
    const lines = parsed ? await readLines(path.resolve(options.workspace, parsed.path)) : undefined;
    if (!parsed || !lines) unresolved.push(endpoint);
    else if (parsed.line) located.set(endpoint, { path: parsed.path, line: Math.min(parsed.line, lines.length), how: 'config source' });
    else {
      const found = bestCandidate(endpoint, indexLines(parsed.path, lines));
      located.set(endpoint, { path: parsed.path, line: found?.line ?? 1, how: 'config source' });
    }
  }
  const workflow = options.workflowPath && (await readLines(path.resolve(options.workspace, options.workflowPath)))
    ? { path: toPosix(options.workflowPath), line: 1, how: 'workflow file' as const }
    : undefined;
  const index = unresolved.length > 0 ? await indexWorkspace(options.workspace, limits) : new Map<string, Candidate[]>();
  for (const endpoint of unresolved) {
    const found = bestCandidate(endpoint, index);
    if (found) located.set(endpoint, { path: found.path, line: found.line, how: 'workspace search' });
    else if (configLines) {
      const line = routeLine(configLines, endpoint);
      located.set(endpoint, { path: configPath, line: line ?? 1, how: line ? 'config route' : 'config file' });
    } else if (workflow) located.set(endpoint, workflow);
  }
  return located;
}

/**
 * The running workflow's file, relative to the repository root, from GITHUB_WORKFLOW_REF
 * (`owner/repo/.github/workflows/gate.yml@refs/pull/7/merge`).
 */
export function workflowFileOf(env: NodeJS.ProcessEnv): string | undefined {
  const ref = env.GITHUB_WORKFLOW_REF;
  const repository = env.GITHUB_REPOSITORY;
  if (!ref || !repository || !ref.startsWith(`${repository}/`)) return undefined;
  const at = ref.lastIndexOf('@');
  const file = ref.slice(repository.length + 1, at === -1 ? undefined : at);
  return file.length > 0 ? file : undefined;
}

/**
 * "src/orders.ts:42" or "src/orders.ts", relative to the workspace whichever way it was written;
 * nothing for a path outside the workspace, which no annotation can point at.
 */
function parseSource(source: string, workspace: string): { path: string; line?: number } | undefined {
  const found = /^(.*?)(?::(\d+))?$/.exec(source.trim())!;
  const relative = toPosix(path.relative(workspace, path.resolve(workspace, found[1]!)));
  if (!relative || relative.startsWith('../') || relative === '..' || path.isAbsolute(relative)) return undefined;
  const line = found[2] ? Number(found[2]) : undefined;
  return line && line > 0 ? { path: relative, line } : { path: relative };
}

/** The path's shape with every parameter as `{}`: `/api/orders/:id` and `/api/orders/{id}` agree. */
export function shapeOf(routePath: string): string {
  const bare = routePath.split('?')[0]!.replace(/#.*$/, '');
  return bare
    .split('/')
    .map((segment) => (/^(:\w+(\(.*\))?\??|\{[^}]*\}|<[^>]*>|\$\{[^}]*\}|\[[^\]]*\]|\*)$/.test(segment) ? '{}' : segment))
    .join('/');
}

/** The keys an endpoint's code may be found under: its whole shape, then its fixed prefix. */
function keysFor(endpoint: string): { exact: string; prefix?: string; method: string } {
  const space = endpoint.indexOf(' ');
  const method = endpoint.slice(0, space);
  const shape = shapeOf(endpoint.slice(space + 1));
  const param = shape.indexOf('{}');
  return param > 1 ? { exact: shape, prefix: shape.slice(0, param), method } : { exact: shape, method };
}

function bestCandidate(endpoint: string, index: Map<string, Candidate[]>): Candidate | undefined {
  const { exact, prefix, method } = keysFor(endpoint);
  // `.get(`, `GET`, `@GetMapping`: the method as a word of its own on the line.
  const word = method === '*' ? undefined : new RegExp(`(^|[^A-Za-z])(${method}|${method.toLowerCase()}|${method[0]}${method.slice(1).toLowerCase()})(?![a-z])`);
  const mentionsMethod = (text: string) => !word || word.test(text);
  let best: { candidate: Candidate; score: number } | undefined;
  for (const [key, base] of [[exact, 4], [prefix, 2]] as const) {
    if (!key || (key === '/' && exact !== '/')) continue;
    for (const candidate of index.get(key) ?? []) {
      const score = base + (mentionsMethod(candidate.text) ? 1 : 0) - (TEST_LIKE.test(candidate.path) ? 3 : 0);
      if (!best || score > best.score) best = { candidate, score };
    }
  }
  return best?.candidate;
}

async function indexWorkspace(workspace: string, limits: SearchLimits): Promise<Map<string, Candidate[]>> {
  const index = new Map<string, Candidate[]>();
  let files = 0;
  let bytes = 0;
  let entries = 0;
  // Breadth first, in name order: the same workspace always gives the same answer, and files
  // near the root (where routes usually are) are read before the budget runs out.
  const queue: { dir: string; depth: number }[] = [{ dir: workspace, depth: 0 }];
  while (queue.length > 0 && files < limits.files && bytes < limits.bytes && entries < limits.entries) {
    const { dir, depth } = queue.shift()!;
    const listing = await readdir(dir, { withFileTypes: true }).catch(() => []);
    listing.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of listing) {
      if (++entries > limits.entries) break;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (depth + 1 < limits.depth && !SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) queue.push({ dir: full, depth: depth + 1 });
      } else if (entry.isFile() && CODE.test(entry.name)) {
        const size = (await stat(full).catch(() => undefined))?.size ?? Infinity;
        if (size > limits.fileBytes || bytes + size > limits.bytes || files >= limits.files) continue;
        files++;
        bytes += size;
        const text = await readFile(full, 'utf8').catch(() => '');
        const relative = toPosix(path.relative(workspace, full));
        for (const [key, found] of indexLines(relative, text.split('\n'))) {
          const list = index.get(key);
          if (list) appendAll(list, found);
          else index.set(key, found);
        }
      }
    }
  }
  return index;
}

function indexLines(file: string, lines: readonly string[]): Map<string, Candidate[]> {
  const index = new Map<string, Candidate[]>();
  lines.forEach((text, i) => {
    if (!text.includes('/')) return;
    for (const match of text.matchAll(LITERAL)) {
      const key = shapeOf(match[2]!);
      const list = index.get(key) ?? [];
      list.push({ path: file, line: i + 1, text: text.slice(0, 400) });
      index.set(key, list);
    }
  });
  return index;
}

/** The rules file line that configures the route: `- match: "GET /api/orders/{id}"`. */
function routeLine(lines: readonly string[], endpoint: string): number | undefined {
  const [method, routePath] = [endpoint.slice(0, endpoint.indexOf(' ')), endpoint.slice(endpoint.indexOf(' ') + 1)];
  const index = lines.findIndex((line) => {
    const match = /match:\s*["']?\s*([A-Za-z*]+)\s+(\S+?)\s*["']?\s*(#.*)?$/.exec(line);
    return match !== null && match[1]!.toUpperCase() === method.toUpperCase() && match[2] === routePath;
  });
  return index === -1 ? undefined : index + 1;
}

async function readLines(file: string): Promise<string[] | undefined> {
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size > LIMITS.fileBytes) return undefined;
    return (await readFile(file, 'utf8')).split('\n');
  } catch {
    return undefined;
  }
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/').replace(/^\.\//, '');
}
