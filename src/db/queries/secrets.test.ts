import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SettingError } from '../../settings.ts';
import { openDatabase, type DatabaseHandle } from '../connect.ts';
import { migrate } from '../migrate.ts';
import { loadInstanceSecrets } from './secrets.ts';

describe('the instance secrets from the environment', () => {
  let handle: DatabaseHandle;
  const key = randomBytes(32);
  beforeAll(async () => { handle = await openDatabase({ kind: 'embedded' }); await migrate(handle); });
  afterAll(async () => { await handle.close(); });

  const refusal = async (env: Record<string, string>) => {
    try {
      await loadInstanceSecrets(handle.db, key, env);
    } catch (error) {
      expect(error).toBeInstanceOf(SettingError);
      return (error as Error).message;
    }
    throw new Error('not refused');
  };

  it('refuses RONDOM_BSN_KEY set but empty instead of hashing with an empty key', async () => {
    expect(await refusal({ RONDOM_BSN_KEY: '' })).toMatch(/^RONDOM_BSN_KEY is set but empty\..*stop matching/);
  });

  it('refuses RONDOM_SESSION_SECRET set but empty or shorter than 32, without showing it', async () => {
    expect(await refusal({ RONDOM_SESSION_SECRET: '' })).toMatch(/^RONDOM_SESSION_SECRET is set but empty\./);
    const short = 'kort-maar-geheim';
    const message = await refusal({ RONDOM_SESSION_SECRET: short });
    expect(message).toMatch(/^RONDOM_SESSION_SECRET is too short: it has 16 characters.*at least 32.*openssl rand -base64 32/);
    expect(message).not.toContain(short);
  });

  it('uses the secrets given, and otherwise the ones kept in the database', async () => {
    const given = { RONDOM_SESSION_SECRET: 'x'.repeat(32), RONDOM_BSN_KEY: ' a key with spaces ' };
    expect(await loadInstanceSecrets(handle.db, key, given)).toMatchObject({ sessionSecret: 'x'.repeat(32), bsnKey: ' a key with spaces ' });
    const stored = await loadInstanceSecrets(handle.db, key, {});
    expect(stored.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(await loadInstanceSecrets(handle.db, key, {})).toEqual(stored);
  });
});
