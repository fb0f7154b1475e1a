import type { Kysely } from 'kysely';
import { today } from '../clock.ts';
import type { Database } from '../db/schema.ts';
import type { PatternConfig } from '../domain/patterns/index.ts';
import { DAY_MS, repeating } from './repeating.ts';
import { scanAllHouseholds, type PatternScanResult } from './patternScan.ts';

export { DAY_MS } from './repeating.ts';

export interface PatternScanScheduleOptions {
  config: PatternConfig;
  /** Time between scans (default one day). */
  intervalMs?: number;
  /** Also scan once right after starting (default false: the first scan comes after one interval). */
  runAtStart?: boolean;
  batchSize?: number;
  /** Where results and errors go (default console). */
  log?: Pick<Console, 'info' | 'error'>;
  /** The evaluation date (default: today in the Netherlands); injectable for tests. */
  today?: () => string;
}

export interface PatternScanSchedule {
  /** Runs a scan now unless one is running; resolves with its result, or undefined if skipped or failed. */
  runNow(): Promise<PatternScanResult | undefined>;
  stop(): void;
}

/**
 * Runs the pattern scan on a timer. The timer is unref'd, so it never keeps the process alive; scans do
 * not overlap; an error is logged and the next interval tries again — a failing scan never takes the
 * server down.
 */
export function startPatternScanSchedule(db: Kysely<Database>, options: PatternScanScheduleOptions): PatternScanSchedule {
  const log = options.log ?? console;
  const dateOf = options.today ?? today;
  const job = repeating({
    intervalMs: options.intervalMs ?? DAY_MS, log, failure: 'pattern scan failed',
    run: async () => {
      const result = await scanAllHouseholds(db, { config: options.config, today: dateOf(), batchSize: options.batchSize });
      log.info(`pattern scan: ${result.households} households, ${result.alerts} alerts (+${result.added} −${result.removed}) in ${result.milliseconds} ms`);
      return result;
    },
  });
  if (options.runAtStart) void job.runNow();
  return { runNow: job.runNow, stop: job.stop };
}
