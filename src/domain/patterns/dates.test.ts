import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayToIso, formatDay, monthsCovering, parseDay, shiftMonths, windowStart } from './dates.ts';

const iso = (day: number) => dayToIso(day);

describe('calendar dates', () => {
  it('round-trips every real date through its day number', () => {
    fc.assert(fc.property(fc.integer({ min: -30_000, max: 60_000 }), (day) => {
      expect(parseDay(dayToIso(day))).toBe(day);
    }));
  });

  it('agrees with the built-in UTC calendar', () => {
    fc.assert(fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
      expect(dayToIso(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
    }));
  });

  it('refuses dates that do not exist or are not YYYY-MM-DD', () => {
    for (const bad of ['2026-02-30', '2025-02-29', '2026-00-10', '2026-13-01', '2026-04-31', '2026-+1-01', '2026-1-01', '12-01-2026', '', '2026-01-01T00:00']) {
      expect(() => parseDay(bad)).toThrow(/Invalid date/);
    }
  });

  it('accepts 29 February in leap years only, including 2000', () => {
    expect(dayToIso(parseDay('2000-02-29'))).toBe('2000-02-29');
    expect(() => parseDay('1900-02-29')).toThrow(/Invalid date/);
  });

  it('clamps to the end of shorter months', () => {
    expect(iso(shiftMonths(parseDay('2026-03-31'), -1))).toBe('2026-02-28');
    expect(iso(shiftMonths(parseDay('2024-03-31'), -1))).toBe('2024-02-29');
    expect(iso(shiftMonths(parseDay('2025-01-31'), 1))).toBe('2025-02-28');
    expect(iso(shiftMonths(parseDay('2024-02-29'), -12))).toBe('2023-02-28');
  });

  it('starts a 12-month window on the same calendar day one year earlier', () => {
    expect(iso(windowStart(parseDay('2026-01-15'), 12))).toBe('2025-01-15');
  });

  it('never moves the window start backwards when the end moves forwards', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 1, max: 40 }), (day, months) => {
      expect(windowStart(day + 1, months)).toBeGreaterThanOrEqual(windowStart(day, months));
    }));
  });

  it('counts the months a span needs, rounding up', () => {
    expect(monthsCovering(parseDay('2026-01-12'), parseDay('2026-01-12'))).toBe(1);
    expect(monthsCovering(parseDay('2025-01-12'), parseDay('2025-12-03'))).toBe(11);
    expect(monthsCovering(parseDay('2025-01-12'), parseDay('2026-01-12'))).toBe(12);
    expect(monthsCovering(parseDay('2025-01-12'), parseDay('2026-01-13'))).toBe(13);
  });

  it('covers any span with the counted months and not with one fewer', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 0, max: 2_000 }), (from, length) => {
      const months = monthsCovering(from, from + length);
      expect(shiftMonths(from, months)).toBeGreaterThanOrEqual(from + length);
      if (months > 1) expect(shiftMonths(from, months - 1)).toBeLessThan(from + length);
    }));
  });

  it('writes Dutch dates day first', () => {
    expect(formatDay(parseDay('2026-01-12'), 'nl')).toBe('12-01-2026');
    expect(formatDay(parseDay('2026-01-12'), 'en')).toBe('2026-01-12');
  });
});
