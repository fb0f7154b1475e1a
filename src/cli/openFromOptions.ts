import { locationFromEnv, openDatabase, type DatabaseHandle } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { setting } from '../settings.ts';
import { dataFolder } from './dataFolder.ts';
import { acquireDataFolderLock } from './dataFolderLock.ts';

/**
 * PostgreSQL when DATABASE_URL is set, otherwise the embedded database in the data folder; always migrated.
 * The embedded database is held by one process at a time (the lock is released on close and at exit);
 * PostgreSQL serves many processes by itself.
 */
export async function openFromOptions(options: { data?: string }): Promise<DatabaseHandle> {
  const folder = dataFolder(options.data);
  // DATABASE_URL= (empty) counts as unset, as everywhere: the embedded database, which the start names.
  const location = locationFromEnv({ DATABASE_URL: setting(process.env, 'DATABASE_URL') }, folder.databaseDir);
  const lock = location.kind === 'embedded' ? acquireDataFolderLock(folder.lockFile) : null;
  const release = () => lock?.release();
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase(location);
  } catch (error) {
    release();
    throw error;
  }
  const close = async () => { try { await handle.close(); } finally { release(); } };
  try {
    await migrate(handle);
  } catch (error) {
    await close();
    throw error;
  }
  return { ...handle, close };
}

export const describeLocation = (handle: DatabaseHandle, data?: string) =>
  handle.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded database in ${dataFolder(data).root}`;
