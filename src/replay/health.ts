/**
 * Watches transport failures so the gate stops hammering a preview that is down, and never
 * mistakes a dead target for a verdict on the code.
 */
export class TargetHealth {
  attempts = 0;
  failures = 0;
  private consecutive = 0;
  firstError: string | undefined;

  constructor(
    private readonly maxConsecutive = 10,
    private readonly maxFailureRate = 0.5,
    private readonly minAttemptsForRate = 20,
  ) {}

  record(error: string | undefined): void {
    this.attempts++;
    if (error === undefined) {
      this.consecutive = 0;
      return;
    }
    this.failures++;
    this.consecutive++;
    this.firstError ??= error;
  }

  get tripped(): boolean {
    if (this.consecutive >= this.maxConsecutive) return true;
    return this.attempts >= this.minAttemptsForRate && this.failures / this.attempts > this.maxFailureRate;
  }

  get dead(): boolean {
    return this.attempts > 0 && this.failures === this.attempts;
  }

  describe(name: string): string {
    if (this.dead) return `${name} is unreachable: all ${this.attempts} requests failed (${this.firstError})`;
    return `${name} unhealthy: ${this.failures} of ${this.attempts} requests failed (first: ${this.firstError})`;
  }
}
