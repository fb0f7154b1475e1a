import type { Kysely } from 'kysely';
import { today } from '../clock.ts';
import type { Database } from '../db/schema.ts';
import type { PatternConfig } from '../domain/patterns/index.ts';
import { scanAllHouseholds, type PatternScanResult } from './patternScan.ts';

export const DAY_MS = 24 * 60 * 60 * 1000;

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
  let running: Promise<PatternScanResult | undefined> | null = null;

  const runNow = (): Promise<PatternScanResult | undefined> => {
    if (running) return Promise.resolve(undefined);
    running = (async () => {
      try {
        const result = await scanAllHouseholds(db, { config: options.config, today: dateOf(), batchSize: options.batchSize });
        log.info(`pattern scan: ${result.households} households, ${result.alerts} alerts (+${result.added} −${result.removed}) in ${result.milliseconds} ms`);
        return result;
      } catch (error) {
        log.error('pattern scan failed', error);
        return undefined;
      } finally {
        running = null;
      }
    })();
    return running;
  };

  const timer = setInterval(() => { void runNow(); }, options.intervalMs ?? DAY_MS);
  timer.unref();
  if (options.runAtStart) void runNow();
  return { runNow, stop: () => clearInterval(timer) };
}
