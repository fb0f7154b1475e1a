/**
 * No acknowledged write is ever lost, also when the process is killed: a real `rondom serve` process takes a
 * stream of writes over HTTP, is killed with SIGKILL in the middle of it, and is started again on the same
 * data. Every household whose 201 reached the client must be there; the audit chain must still verify.
 * Runs on both databases: the embedded one in a data folder, and PostgreSQL (127.0.0.1:5432, as in CI).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseLocation } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';
import { buildOrganisation, buildUser } from '../support/factories.ts';
import { httpLogin, runRondom, startServer, type RunningServer } from '../support/serverProcess.ts';
import { createPostgresDatabase } from '../support/testDatabase.ts';

const writers = 4;
const writeForMs = 1_500;
const minimumAcknowledged = 20;

interface Setup { dataDir: string; databaseUrl: string | null; cleanup(): Promise<void> }

const databases: Record<'embedded' | 'postgres', () => Promise<Setup>> = {
  embedded: async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rondom-kill-'));
    return { dataDir, databaseUrl: null, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
  },
  postgres: async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rondom-kill-pg-'));
    const database = await createPostgresDatabase();
    return { dataDir, databaseUrl: database.url, cleanup: async () => { await database.drop(); rmSync(dataDir, { recursive: true, force: true }); } };
  },
};

/** A professional in the database before the server starts (the embedded database allows one process at a time). */
async function seedUser(setup: Setup) {
  const location: DatabaseLocation = setup.databaseUrl ? { kind: 'postgres', url: setup.databaseUrl, poolSize: 1 } : { kind: 'embedded', dataDir: setup.dataDir };
  const handle = await openDatabase(location);
  try {
    await migrate(handle);
    const organisation = await buildOrganisation(handle.db, { name: 'Wijkteam Noord' });
    return await buildUser(handle.db, { roles: ['professional'], organisationId: organisation.id, name: 'Anouk Jansen' });
  } finally {
    await handle.close();
  }
}

describe.each(['embedded', 'postgres'] as const)('killing the server during writes (%s database)', (kind) => {
  const servers: RunningServer[] = [];
  let setup: Setup | undefined;
  afterEach(async () => {
    for (const server of servers.splice(0)) if (server.child.exitCode === null && server.child.signalCode === null) { server.child.kill('SIGKILL'); await server.exited; }
    await setup?.cleanup();
  });

  it('keeps every household whose creation was acknowledged before SIGKILL', async () => {
    setup = await databases[kind]();
    const user = await seedUser(setup);

    const first = await startServer(setup);
    servers.push(first);
    const session = await httpLogin(first.url, user);
    const acknowledged: string[] = [];
    let attempted = 0;
    let killed = false;
    const writer = async (w: number) => {
      while (!killed) {
        attempted += 1;
        try {
          const response = await session.request('POST', '/api/v1/households', { name: `Familie ${w}-${attempted}`, municipality: 'Rondeel' });
          if (response.status !== 201) throw new Error(`write refused: ${response.status} ${await response.text()}`);
          acknowledged.push(((await response.json()) as { id: string }).id);
        } catch (error) {
          if (killed) return; // in flight when the process died: never acknowledged
          throw error;
        }
      }
    };
    let failure: unknown;
    const stream = Promise.all(Array.from({ length: writers }, (_, w) => writer(w))).catch((error: unknown) => { failure ??= error; });
    // Kill in the middle of the stream: after a while of writing, and once enough writes were acknowledged
    // to make the check meaningful (a loaded machine writes more slowly).
    const startedAt = Date.now();
    while (!failure && (Date.now() - startedAt < writeForMs || acknowledged.length < minimumAcknowledged) && Date.now() - startedAt < 20_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    killed = true;
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    await stream;
    if (failure) throw failure;
    expect(acknowledged.length).toBeGreaterThanOrEqual(minimumAcknowledged);

    const second = await startServer(setup);
    servers.push(second);
    const again = await httpLogin(second.url, user);
    const missing: string[] = [];
    for (let i = 0; i < acknowledged.length; i += 8) {
      const batch = acknowledged.slice(i, i + 8);
      const statuses = await Promise.all(batch.map(async (id) => (await again.request('GET', `/api/v1/households/${id}`)).status));
      batch.forEach((id, j) => { if (statuses[j] !== 200) missing.push(`${id} → ${statuses[j]}`); });
    }
    expect(missing, `${missing.length} of ${acknowledged.length} acknowledged writes lost`).toEqual([]);
    const listed = (await (await again.request('GET', '/api/v1/households?limit=1000')).json()) as { data: Array<{ id: string }> };
    expect(listed.data.length).toBeGreaterThanOrEqual(Math.min(acknowledged.length, 1000));

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    const verify = runRondom(['audit', 'verify', '--data', setup.dataDir], setup.databaseUrl);
    expect(verify.status, `${verify.stdout}${verify.stderr}`).toBe(0);
    expect(verify.stdout).toContain('Audit trail intact');
  }, 120_000);
});
