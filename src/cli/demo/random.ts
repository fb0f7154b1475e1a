/**
 * A tiny seeded pseudo-random generator (mulberry32) and the helpers the demo region needs. The same
 * seed always yields the same region, so the README's demo logins and families stay stable.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = (Math.trunc(seed) >>> 0) ^ 0x9e3779b9;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return chosen;
  }

  /** A version-4-shaped UUID from this stream (deterministic for a seed). */
  uuid(): string {
    const bytes: number[] = [];
    for (let i = 0; i < 16; i += 1) bytes.push(Math.floor(this.next() * 256));
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

const DAY_MS = 86_400_000;

/** Today at 00:00 UTC: all demo dates are relative to the day the demo is loaded. */
export function startOfTodayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export function daysBefore(day: Date, days: number): Date {
  return new Date(day.getTime() - days * DAY_MS);
}

export function isoDate(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' of `days` days before `today`. */
export function isoDaysAgo(today: Date, days: number): string {
  return isoDate(daysBefore(today, days));
}

/** A birth date at which the person is `age` whole years old today (and not yet age + 1). */
export function birthDateForAge(today: Date, age: number, dayOffset: number): string {
  const birth = new Date(today.getTime());
  birth.setUTCFullYear(today.getUTCFullYear() - age);
  // 29 February minus whole years rolls over to 1 March: step back to 28 February.
  if (birth.getUTCDate() !== today.getUTCDate()) birth.setUTCDate(0);
  // Subtract 0…360 days more, but never past the next younger birthday boundary.
  return isoDate(daysBefore(birth, Math.min(Math.max(dayOffset, 0), 360)));
}

/** A random valid citizen number (eleven-test): 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11). */
export function randomBsn(rng: Rng): string {
  for (;;) {
    const digits = [rng.int(1, 9)];
    for (let i = 1; i < 8; i += 1) digits.push(rng.int(0, 9));
    const sum = digits.reduce((total, digit, index) => total + digit * (9 - index), 0);
    const check = sum % 11;
    if (check === 10) continue;
    return digits.join('') + String(check);
  }
}
