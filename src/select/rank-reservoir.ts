/**
 * The ranks of one endpoint's exchanges that could still be chosen, as a growable Float64Array:
 * 8 bytes a candidate, nothing of the exchange itself. Trimmed to the water level's cap now and
 * then (select.ts); after a trim, a rank at or past the last one kept can never be chosen, so
 * most ranks of a large snapshot are refused at once instead of waiting for the next trim.
 */
export class RankReservoir {
  /** Replayable exchanges of the endpoint seen so far, kept or not. */
  seen = 0;
  private ranks = new Float64Array(16);
  private length = 0;
  private worst = Infinity;
  /** Made of several trimmed reservoirs: it may hold fewer ranks than a share asks for. */
  private partial = false;

  /**
   * One reservoir for endpoints found, once the snapshot was read, to be one (slugs): their
   * ranks up to the lowest `worst` among them, the bound below which each holds all of its ranks,
   * so a threshold never admits a rank some member already refused.
   */
  static merged(members: readonly RankReservoir[]): RankReservoir {
    if (members.length === 1) return members[0]!;
    const into = new RankReservoir();
    let bound = Infinity;
    for (const member of members) {
      into.seen += member.seen;
      if (member.worst < bound) bound = member.worst;
    }
    for (const member of members) {
      for (let i = 0; i < member.length; i++) {
        const rank = member.ranks[i]!;
        if (rank <= bound) into.push(rank);
      }
    }
    into.worst = bound;
    into.partial = bound !== Infinity;
    return into;
  }

  get kept(): number {
    return this.length;
  }

  add(rank: number): void {
    this.seen++;
    // An equal rank comes later in snapshot order, so it too ranks after the last one kept.
    if (rank >= this.worst) return;
    this.push(rank);
  }

  private push(rank: number): void {
    if (this.length === this.ranks.length) {
      const grown = new Float64Array(this.ranks.length * 2);
      grown.set(this.ranks);
      this.ranks = grown;
    }
    this.ranks[this.length++] = rank;
  }

  /** Keeps the `cap` lowest ranks once at least that many are held. */
  trim(cap: number): void {
    if (this.length < cap || cap === 0) return;
    this.sorted();
    this.length = cap;
    this.worst = this.ranks[cap - 1]!;
    // A reservoir that once grew for a large budget need not stay that large.
    if (this.ranks.length > 4 * cap && this.ranks.length > 16) this.ranks = this.ranks.slice(0, Math.max(16, 2 * cap));
  }

  /**
   * The threshold that chooses the `share` best-ranked exchanges of the endpoint: every rank
   * below `rank`, and the first `atRank` exchanges (in snapshot order) of rank exactly `rank`.
   * Exact ties come only from repeated ids; snapshot order breaks them, as it always did.
   */
  threshold(share: number): Threshold {
    if (share >= this.seen) return { rank: Infinity, atRank: 0, share };
    if (share === 0) return { rank: -Infinity, atRank: 0, share };
    // The trims never go below the final shares (select.ts); a share past what is held is a bug,
    // except in a merged reservoir, which then takes every rank it knows to be complete.
    if (share > this.length && !this.partial) throw new Error(`internal error: a share of ${share} but ${this.length} ranks held`);
    share = Math.min(share, this.length);
    if (share === 0) return { rank: -Infinity, atRank: 0, share };
    const ranks = this.sorted();
    const rank = ranks[share - 1]!;
    let below = share - 1;
    while (below > 0 && ranks[below - 1] === rank) below--;
    return { rank, atRank: share - below, share };
  }

  private sorted(): Float64Array {
    const held = this.ranks.subarray(0, this.length);
    held.sort();
    return held;
  }
}

/** Which exchanges of an endpoint the second pass chooses (see RankReservoir.threshold). */
export interface Threshold {
  rank: number;
  atRank: number;
  /** How many it chooses in all. */
  share: number;
}
