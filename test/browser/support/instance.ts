import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { chromium, type Browser, type Page } from 'playwright-core';
import { dataFolder } from '../../../src/cli/dataFolder.ts';
import { newTotpSecret } from '../../../src/api/auth/totp.ts';
import { openDatabase } from '../../../src/db/connect.ts';
import { migrate } from '../../../src/db/migrate.ts';
import type { Database } from '../../../src/db/schema.ts';
import { buildOrganisation, buildUser, testEncryptionKey, testPassword } from '../../support/factories.ts';

export interface TestAccount { id: string; email: string; name: string; totpSecret?: string }

export interface BrowserInstance {
  baseUrl: string;
  organisationName: string;
  professional: TestAccount;
  colleague: TestAccount;
  administrator: TestAccount;
  /** Confirms what the first administrator proposes (four eyes). */
  secondAdministrator: TestAccount;
  privacyOfficer: TestAccount;
  browser: Browser;
  /** A page in a fresh browser context (own cookies), as axe requires. */
  newPage(): Promise<Page>;
  stop(): Promise<void>;
}

export { testPassword };

export const freePort = () => new Promise<number>((resolve, reject) => {
  const server = createServer();
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
  });
});

/**
 * A real Rondom server on a fresh embedded database, with accounts made beforehand (the embedded database
 * is single-process, so they are written before the server opens the folder), and a Chromium to drive it.
 */
export async function startInstance(options: {
  env?: NodeJS.ProcessEnv; port?: number;
  /** More data written before the server opens the folder (the embedded database is single-process). */
  prepare?: (db: Kysely<Database>, organisationId: string) => Promise<void>;
} = {}): Promise<BrowserInstance> {
  const dataDir = await mkdtemp(join(tmpdir(), 'rondom-browser-'));
  const handle = await openDatabase({ kind: 'embedded', dataDir: dataFolder(dataDir).databaseDir });
  await migrate(handle);
  const organisationName = 'Wijkteam Rondeel-Noord';
  const organisation = await buildOrganisation(handle.db, { name: organisationName, kind: 'district_team' });
  const other = await buildOrganisation(handle.db, { name: 'Veilig Thuis Rondeel', kind: 'safe_at_home' });
  const account = async (name: string, roles: Parameters<typeof buildUser>[1]['roles'], organisationId: string, withTotp = false) => {
    const totpSecret = withTotp ? newTotpSecret() : undefined;
    const user = await buildUser(handle.db, { name, roles, organisationId, ...(totpSecret ? { totpSecret } : {}) });
    return { id: user.id, email: user.email, name, ...(totpSecret ? { totpSecret } : {}) };
  };
  const professional = await account('Fatima El Amrani', ['professional'], organisation.id);
  const colleague = await account('Jeroen de Wit', ['professional'], other.id);
  const administrator = await account('Bea Beheer', ['administrator'], organisation.id, true);
  const secondAdministrator = await account('Ahmed Beheer', ['administrator'], organisation.id, true);
  const privacyOfficer = await account('Piet Privacy', ['privacy_officer'], organisation.id, true);
  await options.prepare?.(handle.db, organisation.id);
  await handle.close();

  // A port chosen beforehand lets a test register the redirect URI at an identity provider first.
  const port = options.port ?? await freePort();
  const server = spawn(process.execPath, ['bin/rondom.mjs', 'serve', '--port', String(port), '--data', dataDir], {
    cwd: process.cwd(), env: { ...process.env, DATABASE_URL: '', RONDOM_SECRET_KEY: testEncryptionKey.toString('base64'), ...options.env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForReady(server);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  return {
    baseUrl: `http://localhost:${port}`, organisationName, professional, colleague, administrator, secondAdministrator, privacyOfficer, browser,
    newPage: async () => (await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Amsterdam', locale: 'nl-NL' })).newPage(),
    stop: async () => {
      await browser.close().catch(() => undefined);
      await stopServer(server);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function waitForReady(server: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Rondom is running at')) { clearTimeout(timer); resolve(); }
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    server.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited (${code}):\n${output}`)); });
  });
}

async function stopServer(server: ChildProcess) {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  const timeout = setTimeout(() => server.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timeout);
}
