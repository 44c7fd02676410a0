import { appendAll } from '../append-all.js';
/**
 * A validator for the subset of JSON Schema that configSchema uses, with errors that name the
 * place in the user's file the way they would write it: `routes[2].tolerance["$.total"]`.
 */
type Schema = Record<string, any>;

export function validate(value: unknown, schema: Schema, at = ''): string[] {
  const where = at || '(top level)';
  // A value that may be a secret written where a variable's name belongs is never repeated.
  const show = schema['x-secret'] ? () => 'a value not repeated here (it may be a secret)' : showValue;
  if (schema.oneOf) {
    const matching = (schema.oneOf as Schema[]).filter((option) => validate(value, option, at).length === 0);
    if (matching.length > 0) return [];
    // A mapping or list of the one structured shape is best explained from inside it.
    const sameType = (schema.oneOf as Schema[]).filter((option) => option.type === typeOf(value));
    if (sameType.length === 1 && (typeOf(value) === 'object' || typeOf(value) === 'array')) return validate(value, sameType[0]!, at);
    return [`${where}: expected ${schema['x-expected'] ?? 'another shape'}, got ${show(value)}`];
  }
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) {
    return [`${where}: expected one of ${(schema.enum as unknown[]).join(', ')}, got ${show(value)}`];
  }
  if (schema.type && typeOf(value) !== schema.type && !(schema.type === 'number' && typeOf(value) === 'integer')) {
    return [`${where}: expected ${schema['x-expected'] ?? article(schema.type)}, got ${show(value)}`];
  }
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) return [`${where}: expected ${schema['x-expected'] ?? `text matching ${schema.pattern}`}, got ${show(value)}`];
    if (schema.minLength && value.length < schema.minLength) return [`${where}: must not be empty`];
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) {
    return [`${where}: expected a number ≥ ${schema.minimum}, got ${value}`];
  }
  if (Array.isArray(value) && schema.items) {
    return value.flatMap((item, i) => validate(item, schema.items, `${at}[${i}]`));
  }
  if (typeOf(value) === 'object') return validateObject(value as Record<string, unknown>, schema, at);
  return [];
}

function validateObject(value: Record<string, unknown>, schema: Schema, at: string): string[] {
  const errors: string[] = [];
  for (const name of schema.required ?? []) {
    if (!(name in value)) errors.push(`${at || '(top level)'}: "${name}" is required`);
  }
  const known = schema.properties ?? {};
  for (const [key, child] of Object.entries(value)) {
    const place = key in known || !schema.propertyNames ? childPlace(at, key) : `${at}[${JSON.stringify(key)}]`;
    if (schema.propertyNames) {
      const keyErrors = validate(key, schema.propertyNames, place);
      if (keyErrors.length > 0) {
        appendAll(errors, keyErrors.map((e) => e.replace(/, got .*$/, ` as the key, got ${showValue(key)}`)));
        continue;
      }
    }
    if (key in known) appendAll(errors, validate(child, known[key], place));
    else if (schema.additionalProperties === false) {
      const names = Object.keys(known);
      errors.push(`${place}: unknown setting${names.length ? `; expected one of ${names.join(', ')}` : ''}`);
    } else if (typeof schema.additionalProperties === 'object') appendAll(errors, validate(child, schema.additionalProperties, place));
  }
  return errors;
}

function childPlace(at: string, key: string): string {
  return /^[A-Za-z_][\w-]*$/.test(key) ? (at ? `${at}.${key}` : key) : `${at}[${JSON.stringify(key)}]`;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function article(type: string): string {
  return { object: 'a mapping', array: 'a list', string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true or false' }[type] ?? type;
}

function showValue(value: unknown): string {
  const type = typeOf(value);
  if (type === 'object') return 'a mapping';
  if (type === 'array') return 'a list';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
