/**
 * A bad setting stops a command with one plain message that names the setting and the fix (never a secret's
 * value), exit code 1, before anything is opened: no lock taken, no database made. The rules for each setting
 * are tested next to the code (src/settings.test.ts, src/cli/*.test.ts); these runs prove the command itself
 * refuses cleanly.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataFolder } from '../../src/cli/dataFolder.ts';
import { runRondom } from '../support/serverProcess.ts';

const secret = 'only-twenty-chars-ok';

describe('the rondom command with a bad setting', () => {
  const dirs: string[] = [];
  afterEach(() => { for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true }); });

  it.each([
    { name: 'serve with RONDOM_TRUST_PROXY=true', args: ['serve', '--port', '0'], env: { RONDOM_TRUST_PROXY: 'true' }, says: 'RONDOM_TRUST_PROXY must list the proxies in front of Rondom' },
    { name: 'serve with a short RONDOM_SESSION_SECRET', args: ['serve', '--port', '0'], env: { RONDOM_SESSION_SECRET: secret }, says: 'RONDOM_SESSION_SECRET is too short: it has 20 characters (not shown)' },
    { name: 'create-admin with an empty RONDOM_ADMIN_PASSWORD', args: ['create-admin', '--email', 'beheer@gemeente.test'], env: { RONDOM_ADMIN_PASSWORD: '' }, says: 'RONDOM_ADMIN_PASSWORD is set but empty' },
    { name: 'retention run with RONDOM_RETENTION_YEARS=twintig', args: ['retention', 'run'], env: { RONDOM_RETENTION_YEARS: 'twintig' }, says: 'RONDOM_RETENTION_YEARS must be a whole number of years from 5 to 100' },
  ])('refuses $name with a message, not a stack trace, before opening anything', ({ args, env, says }) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rondom-setting-'));
    dirs.push(dataDir);
    const result = runRondom([...args, '--data', dataDir], null, env);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toContain(says);
    expect(result.stderr).not.toContain('    at ');
    expect(result.stderr + result.stdout).not.toContain(secret);
    expect(existsSync(dataFolder(dataDir).lockFile)).toBe(false);
    expect(existsSync(dataFolder(dataDir).databaseDir)).toBe(false);
  }, 60_000);
});
