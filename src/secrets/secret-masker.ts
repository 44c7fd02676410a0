import { MASK } from './credential-policy.js';

/**
 * Values shorter than this are not searched for in text. Masking every "on", "42" or "true" in a
 * report would shred it while protecting nothing a guess would not find; such a value is still
 * never printed where it is a header's value (curl shows `***`), only not hunted for elsewhere.
 */
export const MIN_SECRET_CHARS = 4;

/**
 * Replaces every occurrence of secret values (the `headers` input, the routes' requestHeaders, a
 * request's recorded credentials) in text with `***`, also in the forms a response or a report
 * writes them: percent-encoded (as a query value), and JSON-escaped (inside a JSON string).
 * Values may come as a function, called only when something is first masked: most requests are
 * never shown, and their credentials need not be gathered.
 */
export class SecretMasker {
  private pattern: RegExp | null | undefined;
  private collected: string[] | undefined;
  /** The longest form searched for. */
  private longest = 0;

  constructor(private readonly source: Iterable<string> | (() => Iterable<string>) = []) {}

  /** No secret long enough to look for: masking leaves every text as it is. */
  get empty(): boolean {
    return this.compiled() === null;
  }

  /** A masker for these secrets and `more`, gathered when first needed. */
  with(more: () => Iterable<string>): SecretMasker {
    return new SecretMasker(() => [...this.values(), ...more()]);
  }

  mask(text: string): string {
    const pattern = this.compiled();
    return pattern ? text.replace(pattern, MASK) : text;
  }

  /**
   * The first `max` characters of `text`, masked, for a report that shows no more. A secret
   * running across the cut is kept whole up to its end, so it is masked whole: cutting first
   * could leave a prefix of it. Only the part near the cut is searched beyond `max`.
   */
  maskPrefix(text: string, max: number): { text: string; cut: boolean } {
    if (text.length <= max) return { text: this.mask(text), cut: false };
    const pattern = this.compiled();
    if (!pattern) return { text: text.slice(0, max), cut: true };
    let end = max;
    for (const match of text.slice(0, max + this.longest).matchAll(pattern)) {
      if (match.index < max) end = Math.max(end, match.index + match[0].length);
    }
    return { text: this.mask(text.slice(0, end)), cut: end < text.length };
  }

  /** A copy of a JSON-like value with every string (and key) masked. */
  maskDeep<T>(value: T): T {
    if (this.compiled() === null) return value;
    return this.walk(value) as T;
  }

  private walk(value: unknown): unknown {
    if (typeof value === 'string') return this.mask(value);
    if (Array.isArray(value)) return value.map((item) => this.walk(item));
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) out[this.mask(key)] = this.walk(item);
      return out;
    }
    return value;
  }

  private values(): string[] {
    this.collected ??= [...(typeof this.source === 'function' ? this.source() : this.source)];
    return this.collected;
  }

  private compiled(): RegExp | null {
    if (this.pattern !== undefined) return this.pattern;
    const forms = new Set<string>();
    for (const value of this.values()) {
      if (value.length < MIN_SECRET_CHARS) continue;
      forms.add(value);
      forms.add(JSON.stringify(value).slice(1, -1));
      forms.add(encodeURIComponent(value));
      forms.add(encodeURIComponent(value).replace(/%20/g, '+'));
    }
    // Longest first, so a secret that holds another is masked whole.
    const sorted = [...forms].sort((a, b) => b.length - a.length);
    this.longest = sorted[0]?.length ?? 0;
    const sources = sorted.map(patternOf);
    this.pattern = sources.length > 0 ? new RegExp(sources.join('|'), 'g') : null;
    return this.pattern;
  }
}

/** A literal, except that percent-escapes match in either case (`%2F`, `%2f`). */
function patternOf(form: string): string {
  return form
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .replace(/%([0-9A-F])([0-9A-F])/g, (_, a: string, b: string) => `%[${a}${a.toLowerCase()}][${b}${b.toLowerCase()}]`);
}
