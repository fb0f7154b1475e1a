import { readFileSync } from 'node:fs';

/** The version users report in a question or an issue: the one in package.json. */
export const packageVersion: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Under every command's help: the one setting that changes where the data lives, and where the rest is explained. */
export const environmentHelp = `
Environment:
  DATABASE_URL  use PostgreSQL at this URL (postgres://user:password@host:5432/database) instead of the
                embedded database in the data folder; the data folder then holds the instance key and the
                audit checkpoints.
Every other setting (RONDOM_*) is described in docs/configuration.md.`;
