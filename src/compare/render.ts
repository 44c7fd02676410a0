/** A short one-line rendering of a JSON value for reports. */
export function renderValue(value: unknown, max = 120): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Replaces array indices by [*] so every element of a list counts as one place. */
export function generalise(path: string): string {
  return path.replace(/\[\d+\]/g, '[*]');
}
