import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { KEY_BYTES } from '../crypto/secretBox.ts';

/**
 * The instance key that seals secrets at rest: RONDOM_SECRET_KEY (base64, 32 bytes) when set, otherwise the
 * key file in the data folder, generated on first use and readable by its owner only. It is deliberately
 * not in the database: a dump of the database alone must not open the secrets in it. Back it up apart from
 * the database; without it, second factors and identity-provider secrets have to be set up again.
 */
export function loadInstanceKey(keyFile: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  if (env.RONDOM_SECRET_KEY) return decodeKey(env.RONDOM_SECRET_KEY, 'RONDOM_SECRET_KEY');
  try {
    return decodeKey(readFileSync(keyFile, 'utf8').trim(), keyFile);
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
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return decodeKey(readFileSync(keyFile, 'utf8').trim(), keyFile);
    throw error;
  }
}

function decodeKey(text: string, source: string): Buffer {
  const key = Buffer.from(text, 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`${source} must hold a ${KEY_BYTES}-byte key in base64 (for example: openssl rand -base64 32)`);
  return key;
}
