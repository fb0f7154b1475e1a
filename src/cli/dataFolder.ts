import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const defaultDataDir = '.rondom-data';

/**
 * What lives in the data folder (`--data`, default `.rondom-data`):
 * - `db/`: the embedded database (unused when DATABASE_URL points at PostgreSQL);
 * - `rondom.key`: the instance key that seals secrets at rest, kept outside the database on purpose;
 * - `rondom.lock`: held by the one process that has the embedded database open;
 * - `audit-checkpoints.jsonl`: the audit chain's published checkpoints;
 * - `mail/`: the outbox of the demo, which writes mail to files instead of sending it.
 * Folders made before this layout hold the database in the folder itself; they keep working.
 */
export interface DataFolder {
  root: string; databaseDir: string; keyFile: string; lockFile: string; checkpointFile: string; mailDir: string;
}

export function dataFolder(dir: string = defaultDataDir): DataFolder {
  const root = resolve(dir);
  const legacy = existsSync(join(root, 'PG_VERSION'));
  return {
    root,
    databaseDir: legacy ? root : join(root, 'db'),
    keyFile: join(root, 'rondom.key'),
    lockFile: join(root, 'rondom.lock'),
    checkpointFile: join(root, 'audit-checkpoints.jsonl'),
    mailDir: join(root, 'mail'),
  };
}
