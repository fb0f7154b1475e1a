import { dutchDay } from '../clock.ts';
import type { RetentionResult } from './retention.ts';

/** Counts only, never content: these lines go to the server log and to the operator's terminal. */

const nonZero = (counts: Record<string, number>) => Object.entries(counts).filter(([, n]) => n > 0);

const expiredLabels: Record<keyof RetentionResult['expired'], string> = {
  matchEntries: 'matching entries', matches: 'matches', sessions: 'sessions', accountTokens: 'account links', mail: 'mails',
};

/** One line for the server log after a scheduled run. */
export function summariseRetention(result: RetentionResult): string {
  const verb = result.dryRun ? 'would remove' : 'removed';
  const expired = nonZero(result.expired).map(([name, n]) => `${n} ${expiredLabels[name as keyof RetentionResult['expired']]}`);
  return [
    `retention: ${verb} ${result.families.length} closed families (term ${result.termYears} years)`,
    ...(result.failed.length > 0 ? [`${result.failed.length} could not be removed`] : []),
    `expired: ${expired.length > 0 ? expired.join(', ') : 'nothing'}`,
    ...(result.closedWithoutDate > 0 ? [`${result.closedWithoutDate} closed families without a closing date kept`] : []),
    `${result.milliseconds} ms`,
  ].join('; ');
}

/** The report of `rondom retention run`: per family and per table what was (or would be) removed. */
export function formatRetentionReport(result: RetentionResult): string {
  const lines = [
    result.dryRun ? 'DRY RUN: nothing was changed. A run would remove:' : 'Removed:',
    `Closed families (closed more than ${result.termYears} years ago, RONDOM_RETENTION_YEARS): ${result.families.length}`,
  ];
  for (const family of result.families) {
    const rows = nonZero(family.removed).map(([table, n]) => `${table} ${n}`).join(', ');
    lines.push(`  ${family.householdId}  closed ${dutchDay(family.closedAt)}  ${rows}`);
  }
  const totals = nonZero(result.familyRows);
  if (totals.length > 0) {
    lines.push('Rows per table, all families:');
    const width = Math.max(...totals.map(([table]) => table.length));
    for (const [table, n] of totals) lines.push(`  ${table.padEnd(width)}  ${n}`);
  }
  lines.push('Expired or spent:');
  for (const [name, label] of Object.entries(expiredLabels)) {
    lines.push(`  ${label.padEnd(16)}  ${result.expired[name as keyof RetentionResult['expired']]}`);
  }
  for (const failure of result.failed) lines.push(`Could not be removed: ${failure.householdId} (${failure.error})`);
  if (result.closedWithoutDate > 0) {
    lines.push(`Closed families without a closing date, kept until someone reopens and closes them: ${result.closedWithoutDate}`);
  }
  return lines.join('\n');
}
