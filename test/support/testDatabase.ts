import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type DatabaseOptions } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';

/** Which database the integration suite runs on: RONDOM_TEST_DB=postgres, or the embedded one by default. */
export const testDatabaseKind = process.env.RONDOM_TEST_DB === 'postgres' ? 'postgres' : 'embedded';
export const postgresAdminUrl = process.env.RONDOM_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase { handle: DatabaseHandle; url: string | null; drop(): Promise<void> }

/** A fresh, migrated database of its own for one test file: in memory, or a new PostgreSQL database. */
export async function createTestDatabase(options: DatabaseOptions = {}): Promise<TestDatabase> {
  if (testDatabaseKind === 'embedded') {
    const handle = await openDatabase({ kind: 'embedded' }, options);
    await migrate(handle);
    return { handle, url: null, drop: () => handle.close() };
  }
  const { url, drop } = await createPostgresDatabase();
  const handle = await openDatabase({ kind: 'postgres', url, poolSize: 5 }, options);
  await migrate(handle);
  return { handle, url, drop: async () => { await handle.close(); await drop(); } };
}

export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `rondom_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = new pg.Client({ connectionString: postgresAdminUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}
