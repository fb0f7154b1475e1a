import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingError } from '../settings.ts';
import { describeInstanceKey, loadInstanceKey, secretKeyFromEnv } from './instanceKey.ts';

describe('the instance key', () => {
  const dirs: string[] = [];
  const keyFileIn = () => { const dir = mkdtempSync(join(tmpdir(), 'rondom-key-')); dirs.push(dir); return join(dir, 'rondom.key'); };
  afterEach(() => { for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true }); });

  it('refuses RONDOM_SECRET_KEY set but empty instead of making a new key file that opens none of the sealed secrets', () => {
    const keyFile = keyFileIn();
    expect(() => loadInstanceKey(keyFile, { RONDOM_SECRET_KEY: '' })).toThrow(SettingError);
    expect(() => loadInstanceKey(keyFile, { RONDOM_SECRET_KEY: ' ' })).toThrow(/RONDOM_SECRET_KEY is set but empty.*openssl rand -base64 32/);
    expect(existsSync(keyFile)).toBe(false);
  });

  it('refuses a malformed RONDOM_SECRET_KEY, naming the setting and the fix but not the value', () => {
    const wrong = 'not-a-key-at-all-but-a-secret';
    let message = '';
    try { secretKeyFromEnv({ RONDOM_SECRET_KEY: wrong }); } catch (error) { expect(error).toBeInstanceOf(SettingError); message = (error as Error).message; }
    expect(message).toMatch(/^RONDOM_SECRET_KEY does not hold a 32-byte key in base64.*openssl rand -base64 32/);
    expect(message).not.toContain(wrong);
  });

  it('refuses a damaged key file, naming the file, with a clean refusal', () => {
    const keyFile = keyFileIn();
    writeFileSync(keyFile, 'damaged\n');
    expect(() => loadInstanceKey(keyFile, {})).toThrow(SettingError);
    expect(() => loadInstanceKey(keyFile, {})).toThrow(new RegExp(`${keyFile} does not hold a 32-byte key.*restore it from your backup`));
  });

  it('takes RONDOM_SECRET_KEY over the file, and says which key it used', () => {
    const keyFile = keyFileIn();
    const key = randomBytes(32);
    expect(loadInstanceKey(keyFile, { RONDOM_SECRET_KEY: key.toString('base64') })).toEqual(key);
    expect(existsSync(keyFile)).toBe(false);
    expect(describeInstanceKey(keyFile, { RONDOM_SECRET_KEY: key.toString('base64') })).toBe('RONDOM_SECRET_KEY');
    const made = loadInstanceKey(keyFile, {});
    expect(loadInstanceKey(keyFile, {})).toEqual(made);
    expect(describeInstanceKey(keyFile, {})).toBe(keyFile);
  });
});
