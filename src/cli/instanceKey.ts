import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { KEY_BYTES } from '../crypto/secretBox.ts';
import { requiredIfSet, SettingError, type Environment } from '../settings.ts';

const keyFix = `Give a ${KEY_BYTES}-byte key in base64 (make one with: openssl rand -base64 32)`;

/**
 * RONDOM_SECRET_KEY, checked without touching the data folder (so `serve` can refuse it before opening anything).
 * Set but empty is refused rather than taken as unset: falling back to the key file (or a new one) would seal
 * new secrets under another key and make every second factor sealed with the configured one fail.
 */
export function secretKeyFromEnv(env: Environment): Buffer | undefined {
  const text = requiredIfSet(env, 'RONDOM_SECRET_KEY',
    `${keyFix}, or leave RONDOM_SECRET_KEY out to use the key file rondom.key in the data folder; an empty value is refused because another key would open none of the secrets sealed with yours.`);
  return text === undefined ? undefined : decodeKey(text.trim(), 'RONDOM_SECRET_KEY', 'RONDOM_SECRET_KEY');
}

/**
 * The instance key that seals secrets at rest: RONDOM_SECRET_KEY (base64, 32 bytes) when set, otherwise the
 * key file in the data folder, generated on first use and readable by its owner only. It is deliberately
 * not in the database: a dump of the database alone must not open the secrets in it. Back it up apart from
 * the database; without it, second factors and identity-provider secrets have to be set up again.
 */
export function loadInstanceKey(keyFile: string, env: Environment = process.env): Buffer {
  const fromEnv = secretKeyFromEnv(env);
  if (fromEnv) return fromEnv;
  try {
    return decodeKey(readFileSync(keyFile, 'utf8').trim(), `The key file ${keyFile}`, keyFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(keyFile), { recursive: true });
  const key = randomBytes(KEY_BYTES);
  // 'wx': never overwrite a key another process wrote meanwhile; then read that one.
  try {
    writeFileSync(keyFile, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return decodeKey(readFileSync(keyFile, 'utf8').trim(), `The key file ${keyFile}`, keyFile);
    throw error;
  }
}

/** Where the instance key comes from, for telling an operator which key sealed what. */
export function describeInstanceKey(keyFile: string, env: Environment = process.env): string {
  return secretKeyFromEnv(env) ? 'RONDOM_SECRET_KEY' : keyFile;
}

/** The key's value is never part of the message: it is the secret. */
function decodeKey(text: string, source: string, setting: string): Buffer {
  const key = Buffer.from(text, 'base64');
  if (key.length !== KEY_BYTES) {
    const restore = setting === 'RONDOM_SECRET_KEY' ? '' : ' If it was damaged, restore it from your backup: a new key opens none of the secrets sealed with the old one.';
    throw new SettingError(setting, `${source} does not hold a ${KEY_BYTES}-byte key in base64 (it has ${text.length} characters, not shown).${restore} ${keyFix}.`);
  }
  return key;
}
