import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { sealSecret } from '../../crypto/secretBox.ts';
import type { Database } from '../schema.ts';

export interface InstanceSecrets {
  sessionSecret: string; bsnKey: string;
  /** Seals secrets at rest (src/crypto/secretBox.ts); kept outside the database (src/cli/instanceKey.ts). */
  encryptionKey: Buffer;
}

/**
 * Secrets of this instance: taken from the environment when set (RONDOM_SESSION_SECRET, RONDOM_BSN_KEY),
 * otherwise generated once and kept in the database so restarts keep sessions and BSN hashes valid.
 */
export async function loadInstanceSecrets(db: Kysely<Database>, encryptionKey: Buffer, env: NodeJS.ProcessEnv = process.env): Promise<InstanceSecrets> {
  return {
    encryptionKey,
    sessionSecret: env.RONDOM_SESSION_SECRET ?? (await getOrCreate(db, 'session')),
    bsnKey: env.RONDOM_BSN_KEY ?? (await getOrCreate(db, 'bsn')),
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
