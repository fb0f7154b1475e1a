import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { DatabaseHandle } from './connect.ts';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface MigrationResult { applied: string[] }

/**
 * Applies the forward-only SQL migrations in name order, each in its own transaction.
 * The same files run on the embedded database and on PostgreSQL.
 */
export async function migrate(handle: DatabaseHandle): Promise<MigrationResult> {
  await handle.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const done = await sql<{ name: string }>`SELECT name FROM schema_migrations`.execute(handle.db);
  const applied = new Set(done.rows.map((row) => row.name));
  const files = (await readdir(migrationsDir)).filter((file) => file.endsWith('.sql')).sort();
  const newlyApplied: string[] = [];
  for (const file of files) {
    if (applied.has(file)) continue;
    const script = await readFile(migrationsDir + file, 'utf8');
    const quotedName = file.replace(/'/g, "''");
    // Serialise concurrent starters on PostgreSQL; harmless on the single-connection embedded database.
    await handle.exec(`BEGIN;
      SELECT pg_advisory_xact_lock(20261129);
      ${script}
      INSERT INTO schema_migrations (name) VALUES ('${quotedName}');
      COMMIT;`);
    newlyApplied.push(file);
  }
  return { applied: newlyApplied };
}
