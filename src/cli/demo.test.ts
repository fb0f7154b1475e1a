import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../api/auth/passwords.ts';
import { openDatabase, type DatabaseHandle } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { defaultDemoPassword, prepareDemo } from './demo.ts';
import { loadDemoRegion } from './demo/loadDemoRegion.ts';

describe('the demo start message on a region that is already present', () => {
  let handle: DatabaseHandle;
  const firstPassword = 'wachtwoord-van-de-eerste-start';
  const secrets = { sessionSecret: 'x'.repeat(32), bsnKey: 'demo-bsn-key', encryptionKey: randomBytes(32) };

  beforeAll(async () => {
    handle = await openDatabase({ kind: 'embedded' });
    await migrate(handle);
    await loadDemoRegion(handle.db, { password: firstPassword, passwordHash: await hashPassword(firstPassword), bsnKey: secrets.bsnKey, households: 0 });
  });
  afterAll(async () => { await handle.close(); });

  const startMessage = async (env: Record<string, string>) => {
    const lines: string[] = [];
    await prepareDemo(handle.db, secrets, { env, dataDir: '/tmp/demo-folder', log: (line) => lines.push(line) });
    return lines.slice(0, 3).join('\n');
  };

  it('names the password as it is when it opens the accounts it was loaded with', async () => {
    const message = await startMessage({ RONDOM_DEMO_PASSWORD: firstPassword });
    expect(message).toContain('Demo region already present.\nDemo logins (password from RONDOM_DEMO_PASSWORD, no second factor):');
    expect(message).not.toContain('does not open');
  });

  it('says plainly that a password changed since the first start does not open the accounts, and what to do', async () => {
    const message = await startMessage({ RONDOM_DEMO_PASSWORD: 'een-ander-wachtwoord' });
    expect(message).toContain('The password from RONDOM_DEMO_PASSWORD does not open them: they were loaded with another one.');
    expect(message).toContain('or remove /tmp/demo-folder');
  });

  it('does not offer the default password when the accounts were loaded with another one', async () => {
    const message = await startMessage({ RONDOM_DEMO_PASSWORD: '' });
    expect(message).toContain(`The password "${defaultDemoPassword}" does not open them`);
  });
});
