import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { RetentionConfig } from '../domain/retention.ts';
import { runRetention, type RetentionResult } from './retention.ts';
import { summariseRetention } from './retentionReport.ts';
import { DAY_MS, repeating } from './repeating.ts';

export interface RetentionScheduleOptions {
  config: RetentionConfig;
  /** Time between runs (default one day). */
  intervalMs?: number;
  batchSize?: number;
  /** Where progress, totals and errors go (default console). */
  log?: Pick<Console, 'info' | 'error'>;
}

export interface RetentionSchedule {
  /** Runs now unless a run is going on; resolves with its result, or undefined if skipped or failed. */
  runNow(): Promise<RetentionResult | undefined>;
  stop(): void;
}

/**
 * Runs the retention job daily, in the manner of the pattern scan (scheduler.ts): the timer never keeps the
 * process alive, runs never overlap, and a failure is logged and tried again the next day — it never takes
 * the server down.
 */
export function startRetentionSchedule(db: Kysely<Database>, options: RetentionScheduleOptions): RetentionSchedule {
  const log = options.log ?? console;
  const job = repeating({
    intervalMs: options.intervalMs ?? DAY_MS, log, failure: 'retention run failed',
    run: async () => {
      const result = await runRetention(db, { config: options.config, batchSize: options.batchSize, via: 'schedule', log });
      log.info(summariseRetention(result));
      return result;
    },
  });
  return { runNow: job.runNow, stop: job.stop };
}
