import { runRetention } from '../jobs/retention.ts';
import { formatRetentionReport } from '../jobs/retentionReport.ts';
import { openFromOptions } from './openFromOptions.ts';
import { readRetentionConfig } from './retentionSettings.ts';

/** `rondom retention run [--dry-run]`: the daily retention job once, with a report on standard output. */
export async function retentionRun(options: { data?: string; dryRun?: boolean }) {
  const config = readRetentionConfig(); // RONDOM_RETENTION_YEARS, refused before the database is opened
  const handle = await openFromOptions(options);
  try {
    // Progress goes to standard error, so that standard output holds only the report.
    const log = { info: (line: string) => console.error(line), error: console.error };
    const result = await runRetention(handle.db, { config, dryRun: options.dryRun ?? false, via: 'cli', log });
    console.log(formatRetentionReport(result));
    if (result.failed.length > 0) process.exitCode = 1;
  } finally {
    await handle.close();
  }
}
