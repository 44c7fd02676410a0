// Holds the GitHub stand-in to GitHub's published contract: every request the action sends and
// every answer the stand-in gives is checked against stack/github-openapi.json, the subset of
// GitHub's OpenAPI description written by scripts/extract-github-openapi.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { projectRoot } from './project-root.js';
import { appendAll } from '../src/append-all.js';

type Json = Record<string, any>;

export interface OperationMatch {
  operationId: string;
  method: string;
  template: string;
  params: Record<string, string>;
}

/** What a request did wrong, sorted by how GitHub would answer it. */
export interface RequestCheck {
  /** GitHub answers 404 (a path parameter of the wrong type never matches a route). */
  pathErrors: string[];
  /** GitHub answers 422 (or 400 for a missing body). */
  bodyErrors: string[];
  /** GitHub silently ignores these (unknown fields, malformed optional query values): bugs all the same. */
  notes: string[];
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  literalSegments: number;
  operation: Json;
}

const SPEC_FILE = join('stack', 'github-openapi.json');
const loaded = new Map<string, GitHubContract>();
const SCHEMA_ID = 'github-openapi.json';
const JSON_MEDIA = 'application/json';

export function findSpecFile(): string {
  const file = join(projectRoot(), SPEC_FILE);
  if (!existsSync(file)) throw new Error(`${file} not found; run scripts/extract-github-openapi.mjs`);
  return file;
}

export class GitHubContract {
  readonly source: string;
  private readonly routes: Route[] = [];
  private readonly byId = new Map<string, Route>();
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction | null>();

  constructor(private readonly spec: Json) {
    this.source = spec['x-source']?.package ?? `openapi ${spec.info?.version}`;
    for (const [template, item] of Object.entries<Json>(spec.paths)) {
      for (const [method, operation] of Object.entries<Json>(item)) {
        if (method === 'parameters') continue;
        const names: string[] = [];
        const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name) => {
          names.push(name);
          return '([^/]+)';
        });
        const route: Route = {
          method: method.toUpperCase(),
          template,
          pattern: new RegExp(`^${source}/?$`),
          names,
          literalSegments: template.split('/').filter((s) => s && !s.startsWith('{')).length,
          operation: { ...operation, parameters: [...(item.parameters ?? []), ...(operation.parameters ?? [])] },
        };
        this.routes.push(route);
        this.byId.set(operation.operationId, route);
      }
    }
    // Literal segments beat parameters, as in GitHub's router (issues/comments/1 is not issue "comments").
    this.routes.sort((a, b) => b.literalSegments - a.literalSegments);

    this.ajv = new Ajv({ strict: false, allErrors: true });
    for (const format of collectFormats(spec)) this.ajv.addFormat(format, FORMATS[format] ?? true);
    this.ajv.addSchema({ $id: SCHEMA_ID, components: toAjvSchema(spec.components ?? {}) });
  }

  /** Compiled schemas are shared by every stand-in started from the same file. */
  static load(file = findSpecFile()): GitHubContract {
    let contract = loaded.get(file);
    if (!contract) {
      contract = new GitHubContract(JSON.parse(readFileSync(file, 'utf8')));
      loaded.set(file, contract);
    }
    return contract;
  }

  get operationIds(): string[] {
    return [...this.byId.keys()];
  }

  match(method: string, path: string): OperationMatch | null {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const found = route.pattern.exec(path);
      if (!found) continue;
      const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(found[i + 1]!)]));
      return { operationId: route.operation.operationId, method, template: route.template, params };
    }
    return null;
  }

  docsUrl(operationId: string): string {
    return this.byId.get(operationId)?.operation.externalDocs?.url ?? 'https://docs.github.com/rest';
  }

  /** GitHub marks operations an installation token (GITHUB_TOKEN) may not call. */
  enabledForGitHubApps(operationId: string): boolean {
    return this.byId.get(operationId)?.operation['x-github']?.enabledForGitHubApps !== false;
  }

  checkRequest(match: OperationMatch, query: URLSearchParams, body: unknown): RequestCheck {
    const check: RequestCheck = { pathErrors: [], bodyErrors: [], notes: [] };
    const operation = this.byId.get(match.operationId)!.operation;
    const parameters = (operation.parameters as Json[]).map((p) => this.deref(p));
    for (const param of parameters.filter((p) => p.in === 'path')) {
      const problem = checkScalar(param, match.params[param.name]);
      if (problem) check.pathErrors.push(`path parameter ${problem}`);
    }
    const queryParams = parameters.filter((p) => p.in === 'query');
    for (const param of queryParams) {
      const value = query.get(param.name);
      if (value === null) {
        if (param.required) check.bodyErrors.push(`missing required query parameter ${param.name}`);
        continue;
      }
      const problem = checkScalar(param, value);
      if (problem) check.notes.push(`query parameter ${problem}`);
    }
    for (const key of new Set(query.keys())) {
      if (!queryParams.some((p) => p.name === key)) check.notes.push(`unknown query parameter ${key}`);
    }

    const requestBody = operation.requestBody ? this.deref(operation.requestBody) : undefined;
    const schema = requestBody?.content?.[JSON_MEDIA]?.schema;
    if (body === undefined) {
      if (requestBody?.required) check.bodyErrors.push('missing required JSON request body');
    } else if (!schema) {
      check.notes.push(`${match.operationId} takes no request body`);
    } else {
      const validate = this.validator(`${match.operationId} request`, schema)!;
      if (!validate(body)) appendAll(check.bodyErrors, formatErrors(validate.errors, 'body'));
      this.unknownFields(schema, body, 'body', check.notes);
    }
    return check;
  }

  /** Problems with an answer the stand-in is about to give; undocumented statuses are not judged. */
  checkResponse(operationId: string, status: number, body: unknown): string[] {
    const operation = this.byId.get(operationId)?.operation;
    const documented = operation?.responses?.[String(status)] ?? operation?.responses?.default;
    if (!documented) return [];
    const schema = this.deref(documented).content?.[JSON_MEDIA]?.schema;
    if (!schema) return [];
    const validate = this.validator(`${operationId} ${status}`, schema)!;
    if (validate(body)) return [];
    return formatErrors(validate.errors, 'response').map((e) => `stand-in answered ${status} off-spec: ${e}`);
  }

  private validator(key: string, schema: Json): ValidateFunction | null {
    if (!this.validators.has(key)) this.validators.set(key, this.ajv.compile(toAjvSchema(schema)));
    return this.validators.get(key)!;
  }

  private deref(node: Json): Json {
    let current = node;
    for (let hops = 0; typeof current?.$ref === 'string' && hops < 10; hops++) {
      current = resolvePointer(this.spec, current.$ref);
    }
    return current;
  }

  // GitHub ignores body fields it does not know, so a misspelt `conclusoin` would pass unnoticed.
  private unknownFields(schema: Json, value: unknown, at: string, notes: string[]): void {
    const node = this.deref(schema);
    if (Array.isArray(value) && node.items) {
      value.forEach((item, i) => this.unknownFields(node.items, item, `${at}[${i}]`, notes));
      return;
    }
    if (!node.properties || value === null || typeof value !== 'object' || Array.isArray(value)) return;
    for (const [key, inner] of Object.entries(value)) {
      const propertySchema = node.properties[key];
      if (propertySchema) this.unknownFields(propertySchema, inner, `${at}.${key}`, notes);
      else if (node.additionalProperties === undefined) notes.push(`unknown field ${at}.${key} (GitHub ignores it)`);
    }
  }
}

function resolvePointer(root: Json, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`external $ref ${ref} is not supported`);
  let node: any = root;
  for (const part of ref.slice(2).split('/')) {
    node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  if (node === undefined) throw new Error(`unresolvable $ref ${ref}`);
  return node;
}

function checkScalar(param: Json, value: string | undefined): string | null {
  const schema = param.schema ?? {};
  if (value === undefined) return param.required ? `${param.name} is missing` : null;
  if (schema.type === 'integer' && !/^-?\d+$/.test(value)) return `${param.name}=${value} is not an integer`;
  if (schema.enum && !schema.enum.includes(value)) return `${param.name}=${value} is not one of ${schema.enum.join(', ')}`;
  if (schema.format === 'date-time' && !DATE_TIME.test(value)) {
    return `${param.name}=${value} is not an ISO 8601 timestamp`;
  }
  return null;
}

// One line per distinct mistake: 51 annotations with the same bad field make one line, not 51.
function formatErrors(errors: ErrorObject[] | null | undefined, root: string): string[] {
  const groups = new Map<string, { first: string; count: number }>();
  for (const e of errors ?? []) {
    const segments = e.instancePath.split('/').slice(1);
    const path = (wildcard: boolean) =>
      root + segments.map((s) => (/^\d+$/.test(s) ? (wildcard ? '[*]' : `[${s}]`) : `.${s}`)).join('');
    const allowed = e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : '';
    const key = `${path(true)} ${e.message}${allowed}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { first: `${path(false)} ${e.message}${allowed}`, count: 1 });
  }
  return [...groups].map(([key, { first, count }]) => (count === 1 ? first : `${key} (${count} times)`));
}

/**
 * OpenAPI 3.0 is not JSON Schema: `nullable` must become a null type (and a null enum member,
 * as GitHub answers `conclusion: null` for a check run in progress), and component $refs must
 * point into the schema registered with Ajv.
 */
function toAjvSchema(node: any): any {
  if (Array.isArray(node)) return node.map(toAjvSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/')) {
      out[key] = `${SCHEMA_ID}${value}`;
    } else if (key === 'properties' && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, s]) => [name, toAjvSchema(s)]));
    } else if (key !== 'nullable') {
      out[key] = toAjvSchema(value);
    }
  }
  if (node.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)$/i;
const FORMATS: Record<string, RegExp> = {
  'date-time': DATE_TIME,
  uri: /^[a-z][a-z0-9+.-]*:[^\s]*$/i,
  email: /^[^\s@]+@[^\s@]+$/,
};

// Ajv refuses unknown formats; register every format the subset uses (int64 and the like pass).
function collectFormats(node: unknown, found = new Set<string>()): Set<string> {
  if (node && typeof node === 'object') {
    const format = (node as Json).format;
    if (typeof format === 'string') found.add(format);
    for (const value of Object.values(node)) collectFormats(value, found);
  }
  return found;
}
