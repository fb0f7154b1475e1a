import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETENTION_YEARS, MAX_RETENTION_YEARS, MIN_RETENTION_YEARS, parseRetentionYears, RetentionSettingError,
  retentionWarnings,
} from './retention.ts';

describe('the retention term setting (RONDOM_RETENTION_YEARS)', () => {
  it('keeps closed families twenty years when nothing is set', () => {
    expect(parseRetentionYears(undefined)).toBe(20);
    expect(parseRetentionYears('  ')).toBe(DEFAULT_RETENTION_YEARS);
  });

  it('accepts every whole number of years from the minimum to the maximum', () => {
    fc.assert(fc.property(fc.integer({ min: MIN_RETENTION_YEARS, max: MAX_RETENTION_YEARS }), (years) => {
      expect(parseRetentionYears(` ${years} `)).toBe(years);
    }));
  });

  it('refuses a term below the minimum, saying why', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MIN_RETENTION_YEARS - 1 }), (years) => {
      expect(() => parseRetentionYears(String(years))).toThrow(RetentionSettingError);
    }));
    expect(() => parseRetentionYears('2')).toThrow(/at least 5 years.*cannot be undone/);
  });

  it('refuses what is not a whole number of years, and absurdly long terms', () => {
    for (const raw of ['-20', '20.5', '20y', 'twintig', '1e2', '0x14']) {
      expect(() => parseRetentionYears(raw), raw).toThrow(/whole number of years/);
    }
    expect(() => parseRetentionYears(String(MAX_RETENTION_YEARS + 1))).toThrow(RetentionSettingError);
  });

  it('warns about a term shorter than the Jeugdwet term, and not about the default or longer', () => {
    expect(retentionWarnings({ closedHouseholdYears: 15 })).toEqual([expect.stringContaining('privacy officer')]);
    expect(retentionWarnings({ closedHouseholdYears: 20 })).toEqual([]);
    expect(retentionWarnings({ closedHouseholdYears: 30 })).toEqual([]);
  });
});
