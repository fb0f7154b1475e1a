import { parseRetentionYears, RetentionSettingError, retentionWarnings, type RetentionConfig } from '../domain/retention.ts';
import { SettingError, setting, type Environment } from '../settings.ts';

/** The retention settings from the environment, warnings printed; a bad value is a SettingError (a clean refusal). */
export function readRetentionConfig(env: Environment = process.env): RetentionConfig {
  let config: RetentionConfig;
  try {
    config = { closedHouseholdYears: parseRetentionYears(setting(env, 'RONDOM_RETENTION_YEARS')) };
  } catch (error) {
    if (!(error instanceof RetentionSettingError)) throw error;
    throw new SettingError('RONDOM_RETENTION_YEARS', error.message);
  }
  for (const warning of retentionWarnings(config)) console.warn(warning);
  return config;
}
