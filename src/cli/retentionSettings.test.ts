import { describe, expect, it } from 'vitest';
import { SettingError } from '../settings.ts';
import { readRetentionConfig } from './retentionSettings.ts';

describe('the retention settings', () => {
  it('keeps twenty years when RONDOM_RETENTION_YEARS is unset or empty', () => {
    expect(readRetentionConfig({})).toEqual({ closedHouseholdYears: 20 });
    expect(readRetentionConfig({ RONDOM_RETENTION_YEARS: '' })).toEqual({ closedHouseholdYears: 20 });
    expect(readRetentionConfig({ RONDOM_RETENTION_YEARS: '30' })).toEqual({ closedHouseholdYears: 30 });
  });

  it.each(['2', 'twintig', '101'])('refuses %j with a setting error, the clean refusal of every other setting', (value) => {
    expect(() => readRetentionConfig({ RONDOM_RETENTION_YEARS: value })).toThrow(SettingError);
    expect(() => readRetentionConfig({ RONDOM_RETENTION_YEARS: value })).toThrow(/RONDOM_RETENTION_YEARS/);
  });
});
