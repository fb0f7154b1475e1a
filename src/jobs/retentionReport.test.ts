import { describe, expect, it } from 'vitest';
import type { RetentionResult } from './retention.ts';
import { formatRetentionReport, summariseRetention } from './retentionReport.ts';

const result = (overrides: Partial<RetentionResult> = {}): RetentionResult => ({
  dryRun: false, termYears: 20,
  families: [{ householdId: '7d0c4f5e-0000-4000-8000-000000000001', closedAt: '2005-03-01T10:00:00.000Z', removed: { household_members: 3, signals: 2, involvements: 0, persons: 2, households: 1 } }],
  familyRows: { household_members: 3, signals: 2, involvements: 0, persons: 2, households: 1 },
  failed: [], expired: { matchEntries: 4, matches: 1, sessions: 0, accountTokens: 0, mail: 2 }, closedWithoutDate: 0, milliseconds: 12,
  ...overrides,
});

describe('the retention report', () => {
  it('lists each removed family with its closing day and non-zero counts, then the totals per table', () => {
    const report = formatRetentionReport(result());
    expect(report.split('\n')[0]).toBe('Removed:');
    expect(report).toContain('closed more than 20 years ago, RONDOM_RETENTION_YEARS): 1');
    expect(report).toContain('7d0c4f5e-0000-4000-8000-000000000001  closed 2005-03-01  household_members 3, signals 2, persons 2, households 1');
    expect(report).not.toContain('involvements');
    expect(report).toMatch(/household_members\s+3\n/);
    expect(report).toMatch(/matching entries\s+4/);
    expect(report).toMatch(/mails\s+2/);
  });

  it('says plainly that a dry run changed nothing', () => {
    expect(formatRetentionReport(result({ dryRun: true })).split('\n')[0]).toBe('DRY RUN: nothing was changed. A run would remove:');
    expect(summariseRetention(result({ dryRun: true }))).toMatch(/^retention: would remove 1 closed families/);
  });

  it('names families that could not be removed and closed families without a closing moment', () => {
    const report = formatRetentionReport(result({ failed: [{ householdId: 'abc', error: 'violates foreign key' }], closedWithoutDate: 3 }));
    expect(report).toContain('Could not be removed: abc (violates foreign key)');
    expect(report).toContain('without a closing date, kept until someone reopens and closes them: 3');
    expect(summariseRetention(result({ failed: [{ householdId: 'abc', error: 'x' }], closedWithoutDate: 3 })))
      .toBe('retention: removed 1 closed families (term 20 years); 1 could not be removed; expired: 4 matching entries, 1 matches, 2 mails; 3 closed families without a closing date kept; 12 ms');
  });
});
