import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Secrets at rest (TOTP secrets, identity-provider client secrets) are sealed with AES-256-GCM under the
 * instance key, which lives outside the database: a copy of the database alone does not open them.
 * Sealed form: `v1.` + base64url(12-byte nonce | 16-byte tag | ciphertext).
 */
const prefix = 'v1.';

export const KEY_BYTES = 32;

export function sealSecret(key: Buffer, plaintext: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return prefix + Buffer.concat([nonce, cipher.getAuthTag(), ciphertext]).toString('base64url');
}

/** Opens a sealed secret; throws when it was sealed under another key or altered. */
export function openSecret(key: Buffer, sealed: string): string {
  if (!isSealed(sealed)) throw new Error('Not a sealed secret');
  const raw = Buffer.from(sealed.slice(prefix.length), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

export const isSealed = (value: string) => value.startsWith(prefix);
