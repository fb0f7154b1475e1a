import { randomBytes } from 'node:crypto';
import { Algorithm, hash, verify } from '@node-rs/argon2';

/** argon2id with the OWASP-recommended minimum (19 MiB, 2 iterations, 1 lane). */
const options = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, options);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A real hash of a random secret, to verify against when there is no password, so timing reveals nothing. */
let dummyHash: Promise<string> | undefined;
const timingSafeDummyHash = () => (dummyHash ??= hashPassword(randomBytes(32).toString('base64url')));

/**
 * Checks a password against an account's hash. An account without a password (not activated yet, or one
 * that logs in through its organisation's identity provider) is never opened by any password, and answers
 * as slowly as one with a password.
 */
export async function verifyAccountPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    await verifyPassword(await timingSafeDummyHash(), password);
    return false;
  }
  return verifyPassword(passwordHash, password);
}
