import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
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
