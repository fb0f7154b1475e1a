import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { sealSecret } from '../../crypto/secretBox.ts';
import { requiredIfSet, SettingError, type Environment } from '../../settings.ts';
import type { Database } from '../schema.ts';

export interface InstanceSecrets {
  sessionSecret: string; bsnKey: string;
  /** Seals secrets at rest (src/crypto/secretBox.ts); kept outside the database (src/cli/instanceKey.ts). */
  encryptionKey: Buffer;
}

/** At least this long, as @fastify/session demands of the secret that signs the session cookie. */
export const MIN_SESSION_SECRET_LENGTH = 32;

/**
 * The secrets given in the environment, checked before anything is opened; undefined where the database's own
 * is used. Set but empty is refused, not taken as unset: the database's secret would silently take its place
 * (for RONDOM_BSN_KEY a different key, so that no stored BSN matches any more; for RONDOM_SESSION_SECRET one
 * that whoever reads the database can sign cookies with). Values are never part of a message.
 */
export function instanceSecretsFromEnv(env: Environment): { sessionSecret?: string; bsnKey?: string } {
  const sessionSecret = requiredIfSet(env, 'RONDOM_SESSION_SECRET',
    `Give a secret of at least ${MIN_SESSION_SECRET_LENGTH} characters (make one with: openssl rand -base64 32), or leave RONDOM_SESSION_SECRET out to use the one kept in the database.`);
  if (sessionSecret !== undefined && sessionSecret.length < MIN_SESSION_SECRET_LENGTH) {
    throw new SettingError('RONDOM_SESSION_SECRET', `RONDOM_SESSION_SECRET is too short: it has ${sessionSecret.length} characters (not shown), at least ${MIN_SESSION_SECRET_LENGTH} are needed. `
      + 'Make one with: openssl rand -base64 32. Changing it ends every session; nothing else is lost.');
  }
  const bsnKey = requiredIfSet(env, 'RONDOM_BSN_KEY',
    'Give the key the citizen numbers of this instance were hashed with, or leave RONDOM_BSN_KEY out to use the one kept in the database. '
    + 'An empty value is refused because another key would make every stored BSN stop matching (docs/configuration.md).');
  return { ...(sessionSecret === undefined ? {} : { sessionSecret }), ...(bsnKey === undefined ? {} : { bsnKey }) };
}

/**
 * Secrets of this instance: taken from the environment when set (RONDOM_SESSION_SECRET, RONDOM_BSN_KEY),
 * otherwise generated once and kept in the database so restarts keep sessions and BSN hashes valid.
 */
export async function loadInstanceSecrets(db: Kysely<Database>, encryptionKey: Buffer, env: Environment = process.env): Promise<InstanceSecrets> {
  const given = instanceSecretsFromEnv(env);
  return {
    encryptionKey,
    sessionSecret: given.sessionSecret ?? (await getOrCreate(db, 'session')),
    bsnKey: given.bsnKey ?? (await getOrCreate(db, 'bsn')),
  };
}

async function getOrCreate(db: Kysely<Database>, name: string): Promise<string> {
  await db.insertInto('instance_secrets').values({ name, value: randomBytes(32).toString('base64url') })
    .onConflict((conflict) => conflict.column('name').doNothing()).execute();
  const row = await db.selectFrom('instance_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return row.value;
}

/**
 * Seals second-factor secrets that were stored in plain text before secrets were sealed at rest. Runs at
 * start-up; returns how many it sealed.
 */
export async function sealPlaintextTotpSecrets(db: Kysely<Database>, key: Buffer): Promise<number> {
  const plain = await db.selectFrom('users').select(['id', 'totp_secret']).where('totp_secret', 'is not', null).where('totp_secret', 'not like', 'v1.%').execute();
  for (const row of plain) {
    await db.updateTable('users').set({ totp_secret: sealSecret(key, row.totp_secret!) }).where('id', '=', row.id).where('totp_secret', '=', row.totp_secret).execute();
  }
  return plain.length;
}
