/**
 * One process at a time on the embedded database: `rondom create-admin` next to a running `rondom serve` on
 * the same data folder is refused (two PGlite instances on one folder do not see each other's writes and
 * can corrupt it), while a lock left by a killed server does not stand in the way of a restart.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataFolder } from '../../src/cli/dataFolder.ts';
import { openDatabase } from '../../src/db/connect.ts';
import { runRondom, startServer, type RunningServer } from '../support/serverProcess.ts';
import { createPostgresDatabase } from '../support/testDatabase.ts';

const alive = (server: RunningServer) => server.child.exitCode === null && server.child.signalCode === null;

describe('the data folder lock', () => {
  const servers: RunningServer[] = [];
  const cleanups: Array<() => Promise<void>> = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'rondom-lock-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    return dir;
  };
  afterEach(async () => {
    for (const server of servers.splice(0)) if (alive(server)) { server.child.kill('SIGKILL'); await server.exited; }
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('refuses create-admin while a server runs on the same embedded data folder, and a killed server restarts', async () => {
    const dataDir = tempDir();
    const first = await startServer({ dataDir, databaseUrl: null });
    servers.push(first);

    const refused = runRondom(['create-admin', '--email', 'beheer@gemeente.test', '--data', dataDir], null);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain(`Rondom is already running on this data folder (process ${first.child.pid}). Stop it first (Ctrl+C), then run this command again.`);
    expect(refused.stdout).not.toContain('created');

    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    expect(existsSync(dataFolder(dataDir).lockFile)).toBe(true); // left behind: nobody released it

    const second = await startServer({ dataDir, databaseUrl: null });
    servers.push(second);
    expect(second.output()).toContain('Rondom is running at');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(existsSync(dataFolder(dataDir).lockFile)).toBe(false);

    // The refused command wrote nothing.
    const handle = await openDatabase({ kind: 'embedded', dataDir: dataFolder(dataDir).databaseDir });
    try {
      expect(await handle.db.selectFrom('users').select('id').execute()).toEqual([]);
    } finally {
      await handle.close();
    }
  }, 120_000);

  it('takes no lock on PostgreSQL: create-admin works next to a running server', async () => {
    const dataDir = tempDir();
    const database = await createPostgresDatabase();
    cleanups.unshift(() => database.drop());
    const server = await startServer({ dataDir, databaseUrl: database.url });
    servers.push(server);
    const created = runRondom(['create-admin', '--email', 'beheer@gemeente.test', '--data', dataDir], database.url);
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toContain('Administrator beheer@gemeente.test created.');
    expect(existsSync(dataFolder(dataDir).lockFile)).toBe(false);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 120_000);
});
