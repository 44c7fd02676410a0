/**
 * Endpoints are route templates such as `GET /api/orders/{id}`: requests that the same handler
 * serves are scored together, so a path segment that names one record becomes a parameter.
 */
const NUMERIC = /^-?\d+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_ID = /^(?=.*\d)[0-9a-f]{12,}$/i;
// Opaque ids such as "ord_8Hq2kLm9Xz": long, mixing letters and digits, no word separators.
const OPAQUE_ID = /^(?=.*\d)(?=.*[a-z])[A-Za-z0-9_-]{16,}$/;
// Business codes such as "SKU-1", "ORD-2024-0001" or "item_42": a short word, then numbers after
// a separator. Names with a digit of their own ("v2", "oauth2", "x86_64") have no such separator.
const CODE_ID = /^[A-Za-z]{1,12}[-_]\d+(?:[-_]\d+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parameterOf(segment: string): string | undefined {
  if (NUMERIC.test(segment)) return '{id}';
  if (UUID.test(segment)) return '{uuid}';
  if (HEX_ID.test(segment)) return '{hash}';
  if (OPAQUE_ID.test(segment) && !/[-_]{2}/.test(segment)) return '{id}';
  if (CODE_ID.test(segment)) return '{id}';
  if (DATE.test(segment)) return '{date}';
  return undefined;
}

export function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** A template such as `/api/orders/{id}` matches `/api/orders/981`. */
export interface RouteTemplate {
  method: string;
  segments: string[];
  name: string;
}

export function parseRouteTemplate(match: string): RouteTemplate | undefined {
  const found = /^([A-Za-z]+|\*)\s+(\/\S*)$/.exec(match.trim());
  if (!found) return undefined;
  const method = found[1]!.toUpperCase();
  const path = found[2]!;
  return { method, segments: path.split('/'), name: `${method} ${path}` };
}

function matches(template: RouteTemplate, method: string, segments: string[]): boolean {
  if (template.method !== '*' && template.method !== method) return false;
  if (template.segments.length !== segments.length) return false;
  return template.segments.every((part, i) => part === segments[i] || /^\{[^}]*\}$/.test(part) || part === '*');
}

/** Names the endpoint of a request: the first configured template that matches, else the inferred one. */
export function endpointOf(method: string, url: string, templates: readonly RouteTemplate[] = []): string {
  return configuredEndpoint(method, url, templates) ?? inferredEndpoint(method, url);
}

/** The name of the first configured template that matches, if any: it is never generalised further. */
export function configuredEndpoint(method: string, url: string, templates: readonly RouteTemplate[]): string | undefined {
  if (templates.length === 0) return undefined;
  const segments = pathOf(url).split('/');
  for (const template of templates) if (matches(template, method, segments)) return template.name;
  return undefined;
}

/**
 * The endpoint as this one URL shows it (ids, UUIDs, hashes, codes, dates become parameters);
 * selection then generalises slugs by their spread over the snapshot (segment-census.ts).
 */
export function inferredEndpoint(method: string, url: string): string {
  const segments = pathOf(url).split('/');
  const inferred = segments.map((segment) => (segment === '' ? segment : (parameterOf(safeDecode(segment)) ?? segment)));
  return `${method} ${inferred.join('/') || '/'}`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
