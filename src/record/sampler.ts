import { endpointOf } from '../select/endpoint.js';
import { compileSelectFilter } from '../select/filter.js';

/** Which requests are recorded, decided before the request is forwarded, so a skipped one costs nothing. */
export interface SampleRules {
  /** The share of eligible requests recorded, 0..1. */
  rate: number;
  /** At most this many recorded per endpoint per clock minute; 0 = no cap. */
  perEndpointPerMinute: number;
  methods: string[];
  /** Path globs, as the rules file's `select:` (src/select/filter.ts). */
  include: string[];
  exclude: string[];
}

export type SkipReason = 'method' | 'excluded' | 'rate' | 'endpoint-cap';
export type SampleDecision = { record: true } | { record: false; reason: SkipReason };

// A minute of traffic with more distinct endpoints than this is not an API the cap can help.
const MAX_ENDPOINTS_PER_MINUTE = 10_000;

export class Sampler {
  private readonly filter;
  private minute = -1;
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly rules: SampleRules,
    private readonly now: () => number = Date.now,
    private readonly random: () => number = Math.random,
  ) {
    this.filter = compileSelectFilter({ include: rules.include, exclude: rules.exclude, methods: rules.methods });
  }

  decide(method: string, url: string): SampleDecision {
    // `OPTIONS *` and absolute-form targets are no path the gate could replay.
    if (!url.startsWith('/')) return { record: false, reason: 'excluded' };
    const upper = method.toUpperCase();
    const selected = this.filter?.(upper, url) ?? 'keep';
    if (selected !== 'keep') return { record: false, reason: selected };
    if (this.rules.rate < 1 && this.random() >= this.rules.rate) return { record: false, reason: 'rate' };
    if (this.rules.perEndpointPerMinute > 0) {
      // Endpoints named as the gate names them, so the cap spreads recordings the way the gate scores them.
      const endpoint = endpointOf(upper, url);
      const minute = Math.floor(this.now() / 60_000);
      if (minute !== this.minute) {
        this.minute = minute;
        this.counts.clear();
      }
      const count = this.counts.get(endpoint) ?? 0;
      if (count >= this.rules.perEndpointPerMinute) return { record: false, reason: 'endpoint-cap' };
      if (count === 0 && this.counts.size >= MAX_ENDPOINTS_PER_MINUTE) return { record: false, reason: 'endpoint-cap' };
      this.counts.set(endpoint, count + 1);
    }
    return { record: true };
  }
}

/** `5%`, `0.05` or `1` as a rate; undefined when it is none. */
export function parseRate(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]) / (match[2] ? 100 : 1);
  return value >= 0 && value <= 1 ? value : undefined;
}
