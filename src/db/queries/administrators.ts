import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** Whether anybody can administer this instance: an administrator account that is not disabled. */
export async function hasActiveAdministrator(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('users').select('id')
    .where(sql<boolean>`'administrator' = ANY(roles)`).where('disabled', '=', false).limit(1).executeTakeFirst();
  return row !== undefined;
}
