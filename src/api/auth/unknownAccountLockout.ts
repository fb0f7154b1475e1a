/**
 * Failed logins for email addresses without an account, counted like real accounts' failures, so that
 * "locked after five attempts" does not reveal which addresses exist. Kept in memory (one process);
 * bounded: beyond the capacity only entries without a live lock are forgotten.
 */
export class UnknownAccountLockout {
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>();

  constructor(private readonly maxFailures: number, private readonly minutes: number, private readonly capacity = 10_000) {}

  isLocked(email: string, now = Date.now()): boolean {
    return (this.failures.get(email)?.lockedUntil ?? 0) > now;
  }

  recordFailure(email: string, now = Date.now()) {
    const entry = this.failures.get(email) ?? { count: 0, lockedUntil: 0 };
    entry.count += 1;
    if (entry.count >= this.maxFailures) entry.lockedUntil = now + this.minutes * 60_000;
    this.failures.delete(email);
    this.failures.set(email, entry);
    if (this.failures.size > this.capacity) this.evictOne(now);
  }

  /** Forgets the oldest entry that is not locked right now; a live lock is never forgotten early. */
  private evictOne(now: number) {
    for (const [key, value] of this.failures) {
      if (value.lockedUntil <= now) { this.failures.delete(key); return; }
    }
  }
}
