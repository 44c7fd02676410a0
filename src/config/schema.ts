import { DIFFERENCE_KINDS } from '../compare/types.js';

/**
 * The rules file's JSON Schema: the one source of truth. The loader validates against it, and
 * the build writes it to replay-gate.schema.json for editors. `x-expected` is the phrase the
 * loader's error messages use when a value matches none of several shapes.
 */
const jsonPath = {
  type: 'string',
  pattern: '^(\\$|header:)',
  'x-expected': 'a JSON path starting with $ (e.g. "$.items[*].price") or "header:name"',
} as const;

const pathList = { type: 'array', items: jsonPath } as const;

const pathGlob = { type: 'string', pattern: '^[/*]', 'x-expected': 'a path glob starting with / (e.g. "/api/**")' } as const;

const headerName = { type: 'string', pattern: '^[!#$%&\'*+.^_`|~0-9A-Za-z-]+$', 'x-expected': 'a header name' } as const;

const headerList = { type: 'array', items: headerName } as const;

const nameList = (what: string) => ({ type: 'array', items: { type: 'string', minLength: 1, 'x-expected': what } }) as const;

// `x-secret`: the value may be a secret pasted by mistake, so no error message repeats it.
const environmentVariable = {
  type: 'string',
  pattern: '^\\$(\\{[A-Za-z_][A-Za-z0-9_]*\\}|[A-Za-z_][A-Za-z0-9_]*)$',
  'x-expected': 'an environment variable, "$NAME" or "${NAME}" (never the secret itself)',
  'x-secret': true,
} as const;

const ruleBlock = {
  ignore: {
    description: 'Places never compared: JSON paths, or header:name.',
    'x-expected': 'a list of paths, or {paths: [...], headers: [...]}',
    oneOf: [
      pathList,
      {
        type: 'object',
        additionalProperties: false,
        properties: { paths: pathList, headers: headerList },
      },
    ],
  },
  headers: { ...headerList, description: 'Response headers compared besides content-type.' },
  unordered: {
    description: 'Arrays compared as multisets, or matched by a key field.',
    type: 'array',
    items: {
      'x-expected': 'a JSON path, or {path: "$.items", key: "sku"}',
      oneOf: [
        jsonPath,
        {
          type: 'object',
          additionalProperties: false,
          required: ['path'],
          properties: { path: jsonPath, key: { type: 'string', minLength: 1 } },
        },
      ],
    },
  },
  tolerance: {
    description: 'Numeric tolerance per JSON path: absolute (0.01) or relative ("1%").',
    type: 'object',
    propertyNames: jsonPath,
    additionalProperties: {
      'x-expected': 'a number or "N%"',
      oneOf: [
        { type: 'number', minimum: 0 },
        { type: 'string', pattern: '^\\d+(\\.\\d+)?%$' },
      ],
    },
  },
  severity: {
    description: 'Severity overrides per JSON path.',
    type: 'object',
    propertyNames: jsonPath,
    additionalProperties: { enum: ['breaking', 'changed', 'info'] },
  },
} as const;

export const configSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/replay-gate/replay-gate/replay-gate.schema.json',
  title: 'replay-gate rules (.github/replay-gate.yml)',
  type: 'object',
  additionalProperties: false,
  properties: {
    ...ruleBlock,
    routes: {
      description: 'Per-route rules; `match` also names the endpoint requests are grouped under.',
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['match'],
        properties: {
          match: {
            type: 'string',
            pattern: '^([A-Za-z]+|\\*)\\s+/\\S*$',
            'x-expected': 'a route template like "GET /api/orders/{id}"',
          },
          source: { type: 'string', description: 'The file (and :line) that serves the route, for annotations.' },
          requestHeaders: {
            description: 'Headers added to this route\'s requests only, after the headers input (a name in both takes this value). Each value names an environment variable ("$ADMIN_TOKEN" or "${ADMIN_TOKEN}"), so no secret is written in the file; values are masked like the headers input.',
            type: 'object',
            'x-secret': true,
            propertyNames: headerName,
            additionalProperties: environmentVariable,
          },
          ...ruleBlock,
        },
      },
    },
    latency: {
      description: 'Response-time regressions per endpoint (p95 against the baseline, else against the recorded durations): always reported; gate: true fails the gate on them.',
      type: 'object',
      additionalProperties: false,
      properties: {
        gate: { type: 'boolean', description: 'Fail the gate on a latency regression (default false: report only).' },
        minSamples: { type: 'integer', minimum: 5, description: 'Samples needed on each side (default 20).' },
        ratio: { type: 'number', minimum: 1, description: 'Candidate p95 at least this many times the reference p95 (default 1.5).' },
        minDeltaMs: { type: 'number', minimum: 0, description: 'And slower by at least this many milliseconds (default 20).' },
      },
    },
    select: {
      description: 'Which recorded requests may be replayed, before sampling: path globs (picomatch syntax: * within a segment, ** across, ?, {a,b}, [0-9], +(a|b)) on the path without the query, and methods.',
      type: 'object',
      additionalProperties: false,
      properties: {
        include: { type: 'array', items: pathGlob, description: 'Only paths matching one of these are replayed.' },
        exclude: { type: 'array', items: pathGlob, description: 'Paths matching one of these are never replayed.' },
        methods: {
          type: 'array',
          description: 'Only these methods are replayed (within the methods input).',
          items: { type: 'string', pattern: '^[A-Za-z]+$', 'x-expected': 'an HTTP method such as GET' },
        },
      },
    },
    credentials: {
      description: 'Recorded request headers and query parameters that carry credentials: never sent to a target, shown as *** in every report. Defaults: authorization, proxy-authorization, cookie, set-cookie, x-api-key, x-auth-token, x-csrf-token, and names that look like credentials (token, secret, password, session, signature, credential, api key, auth). Names match in any case, with - and _ alike.',
      type: 'object',
      additionalProperties: false,
      properties: {
        headers: { ...headerList, description: 'More request header names that carry credentials.' },
        query: { ...nameList('a query parameter name'), description: 'More query parameter names that carry credentials.' },
        allow: {
          ...nameList('a header or query parameter name'),
          description: 'Names the defaults take for credentials that are not: sent and shown like any other. Each must be such a default, named exactly.',
        },
      },
    },
    redact: {
      description: 'Values never shown in any report: JSON paths, header:name, query:name.',
      type: 'array',
      items: { type: 'string', pattern: '^(\\$|header:|query:)', 'x-expected': 'a JSON path, "header:name" or "query:name"' },
    },
    expect: {
      description: 'Changes this pull request makes on purpose, reviewed with the code: a cause (see the report\'s "What changed") matching an entry is marked expected in every report and does not fail the gate. An entry that matches nothing is reported as stale.',
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['endpoint', 'change'],
        properties: {
          endpoint: {
            type: 'string',
            pattern: '^([A-Za-z]+|\\*)\\s+/\\S*$',
            'x-expected': 'a route template like "GET /api/orders/{id}" ({name} or * for any one segment, * for any method)',
          },
          place: {
            type: 'string',
            pattern: '^(\\$|header:|status$|body$)',
            'x-expected': 'a JSON path starting with $ (e.g. "$.items[*].price"), "header:name", "status" or "body"',
            description: 'Where the change is; any place when absent.',
          },
          change: { enum: [...DIFFERENCE_KINDS], description: 'The sort of change, as the report names it.' },
          from: { type: 'string', minLength: 1, description: 'What it was: a JSON type, a status or a media type (any when absent).' },
          to: { type: 'string', minLength: 1, description: 'What it became (any when absent).' },
          reason: { type: 'string', minLength: 1, description: 'Why, shown beside the cause in every report.' },
        },
      },
    },
  },
} as const;
