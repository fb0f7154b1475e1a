import { RetentionSettingError, retentionConfigFromEnv, retentionWarnings, type RetentionConfig } from '../domain/retention.ts';

/** The retention settings from the environment; undefined (with the reason printed and exit code 1) when refused. */
export function readRetentionConfig(env: Record<string, string | undefined> = process.env): RetentionConfig | undefined {
  try {
    const config = retentionConfigFromEnv(env);
    for (const warning of retentionWarnings(config)) console.warn(warning);
    return config;
  } catch (error) {
    if (!(error instanceof RetentionSettingError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return undefined;
  }
}
