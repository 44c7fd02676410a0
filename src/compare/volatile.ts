/**
 * Values that differ on every answer by nature. Two values of the same volatile kind are taken
 * as equal: a timestamp that moved is not a regression, a timestamp that became a number is.
 */
const KINDS: [string, RegExp][] = [
  ['iso-timestamp', /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/],
  ['http-date', /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/],
  ['uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i],
];

export function volatileKind(value: string): string | undefined {
  if (value.length < 19 || value.length > 40) return undefined;
  for (const [kind, pattern] of KINDS) if (pattern.test(value)) return kind;
  return undefined;
}

export function sameVolatileKind(a: string, b: string): boolean {
  const kind = volatileKind(a);
  return kind !== undefined && kind === volatileKind(b);
}
