import { locationFromEnv, openDatabase, type DatabaseHandle } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { dataFolder } from './dataFolder.ts';

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded database in the data folder; always migrated. */
export async function openFromOptions(options: { data?: string }): Promise<DatabaseHandle> {
  const handle = await openDatabase(locationFromEnv(process.env, dataFolder(options.data).databaseDir));
  await migrate(handle);
  return handle;
}

export const describeLocation = (handle: DatabaseHandle, data?: string) =>
  handle.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded database in ${dataFolder(data).root}`;
