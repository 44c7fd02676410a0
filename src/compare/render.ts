/**
 * A short one-line rendering of a JSON value for reports. `mask` is applied to every string and
 * key before it is written, so a secret inside one is gone before the text is cut to length.
 */
export function renderValue(value: unknown, max = 120, mask?: (text: string) => string): string {
  switch (typeof value) {
    case 'number':
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'undefined';
  }
  const text = value === null ? 'null' : typeof value === 'object' ? boundedJson(value, max, mask) : JSON.stringify(mask ? mask(value as string) : value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** JSON text of an object or array, built only as far as `max` characters: subtrees can be large. */
function boundedJson(value: object, max: number, mask = (text: string) => text): string {
  let text = '';
  const write = (item: unknown): boolean => {
    if (text.length > max) return false;
    if (typeof item !== 'object' || item === null) {
      text += JSON.stringify(typeof item === 'string' ? mask(item) : item) ?? 'null';
      return text.length <= max;
    }
    if (Array.isArray(item)) {
      text += '[';
      for (let i = 0; i < item.length; i++) if ((i > 0 && !(text += ',')) || !write(item[i])) return false;
      text += ']';
    } else {
      text += '{';
      let first = true;
      for (const key in item) {
        text += `${first ? '' : ','}${JSON.stringify(mask(key))}:`;
        first = false;
        if (!write((item as Record<string, unknown>)[key])) return false;
      }
      text += '}';
    }
    return text.length <= max;
  };
  write(value);
  return text;
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
