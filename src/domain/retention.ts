/**
 * How long Rondom keeps what, as settings and the rules for reading them. The legal sources are in
 * docs/retention.md; the job that applies them is src/jobs/retention.ts.
 */

export interface RetentionConfig {
  /** A closed family's records are removed this many years after it was closed (RONDOM_RETENTION_YEARS). */
  closedHouseholdYears: number;
}

/** The Jeugdwet's term for youth-care files (art. 7.3.8), counted here from the family's closing. */
export const DEFAULT_RETENTION_YEARS = 20;

/**
 * Below this the setting is refused. A shorter term is shorter than any statutory term that can apply to
 * these records, and than the five years an access log must be kept (NEN 7513), so that a family could be
 * gone while people may still ask who looked at it; in practice it is a unit mistake (months typed as years).
 * Removal cannot be undone, so the setting errs on the side of keeping.
 */
export const MIN_RETENTION_YEARS = 5;

/** Above this a value is a typing mistake, not a policy (a term longer than a life removes nothing anyway). */
export const MAX_RETENTION_YEARS = 100;

/** Spent one-time account links and delivered (or abandoned) mail are kept this long for questions, then removed. */
export const SPENT_ITEM_DAYS = 30;

export const defaultRetentionConfig: RetentionConfig = { closedHouseholdYears: DEFAULT_RETENTION_YEARS };

export class RetentionSettingError extends Error {}

/**
 * The value of RONDOM_RETENTION_YEARS (read by src/cli/retentionSettings.ts and passed in): unset or empty means
 * the default; anything else must be a whole number in range.
 */
export function parseRetentionYears(raw: string | undefined): number {
  const value = raw?.trim() ?? '';
  if (value === '') return DEFAULT_RETENTION_YEARS;
  if (!/^\d+$/.test(value)) {
    throw new RetentionSettingError(`RONDOM_RETENTION_YEARS must be a whole number of years from ${MIN_RETENTION_YEARS} to ${MAX_RETENTION_YEARS}, not "${raw}"; leave it out for ${DEFAULT_RETENTION_YEARS}. See docs/retention.md.`);
  }
  const years = Number(value);
  if (years < MIN_RETENTION_YEARS) {
    throw new RetentionSettingError(
      `RONDOM_RETENTION_YEARS=${years} is refused: closed families are kept at least ${MIN_RETENTION_YEARS} years ` +
      `(removal cannot be undone; the statutory terms for these records are longer, usually ${DEFAULT_RETENTION_YEARS} years). See docs/retention.md.`);
  }
  if (years > MAX_RETENTION_YEARS) {
    throw new RetentionSettingError(`RONDOM_RETENTION_YEARS=${years} is refused: at most ${MAX_RETENTION_YEARS} years; leave it out for ${DEFAULT_RETENTION_YEARS}.`);
  }
  return years;
}

/** Said once at start: a term shorter than the Jeugdwet's is allowed, but should be a decision, not an accident. */
export function retentionWarnings(config: RetentionConfig): string[] {
  return config.closedHouseholdYears < DEFAULT_RETENTION_YEARS
    ? [`Closed families are removed after ${config.closedHouseholdYears} years, shorter than the ${DEFAULT_RETENTION_YEARS} years ` +
       'of the Jeugdwet for youth-care files; make sure your privacy officer agreed (docs/retention.md).']
    : [];
}
