/**
 * Thresholds and windows of the pattern rules. The defaults follow issue 3; a region may tune them
 * (e.g. a stricter child-out-of-view period), which is why every rule reads them from here.
 */

/** `windowMonths: null` means the whole timeline. Events on the same day count as one occasion. */
export interface WindowedThreshold { threshold: number; windowMonths: number | null }

export interface PatternConfig {
  repeatedDomesticViolence: WindowedThreshold;
  crisisAfterCrisis: WindowedThreshold;
  careAvoidance: {
    moves: WindowedThreshold;
    schoolChanges: WindowedThreshold;
    helpRefused: WindowedThreshold;
    earlierHelpersRefused: WindowedThreshold;
    missedAppointments: WindowedThreshold;
    onlyNonThreateningHelp: WindowedThreshold;
  };
  /** Closures within `closedWithinMonths` of today, adult problems within `adultProblemsWithinMonths` of today. */
  closedWhileUnresolved: { closedWithinMonths: number; adultProblemsWithinMonths: number };
  childOutOfView: { days: number };
  /** Only arrivals within `arrivedWithinMonths` of today; the Verwijsindex also forgets after 2 years. */
  arrivedWithHistory: { arrivedWithinMonths: number; minEarlierSignals: number };
}

export const defaultPatternConfig: PatternConfig = {
  repeatedDomesticViolence: { threshold: 2, windowMonths: 12 },
  crisisAfterCrisis: { threshold: 3, windowMonths: 12 },
  careAvoidance: {
    moves: { threshold: 2, windowMonths: 12 },
    schoolChanges: { threshold: 2, windowMonths: 12 },
    // The issue sets no window: accepting and refusing help in turns is a pattern over years.
    helpRefused: { threshold: 2, windowMonths: null },
    earlierHelpersRefused: { threshold: 1, windowMonths: null },
    // Missing an appointment now and then is life; a cluster within a year is avoidance.
    missedAppointments: { threshold: 3, windowMonths: 12 },
    onlyNonThreateningHelp: { threshold: 1, windowMonths: null },
  },
  // Veilig Thuis monitors about 18 months; a closure in the last year without direction is the risk.
  closedWhileUnresolved: { closedWithinMonths: 12, adultProblemsWithinMonths: 24 },
  childOutOfView: { days: 90 },
  arrivedWithHistory: { arrivedWithinMonths: 24, minEarlierSignals: 1 },
};

export type PatternConfigOverrides = { [K in keyof PatternConfig]?: DeepPartial<PatternConfig[K]> };
type DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** Merges overrides onto the defaults; build once and reuse when evaluating many households. */
export function resolvePatternConfig(overrides: PatternConfigOverrides = {}, base: PatternConfig = defaultPatternConfig): PatternConfig {
  return merge(base, overrides) as PatternConfig;
}

function merge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) result[key] = merge(base[key], value);
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
