import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Role } from '../../domain/roles.ts';
import type { SessionUser } from './sessionUser.ts';

/** Reloaded on every request, so a disabled account or a changed role takes effect at once. */
export async function loadSessionUser(db: Kysely<Database>, userId: string | undefined): Promise<SessionUser | null> {
  if (!userId) return null;
  const row = await db.selectFrom('users').innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select(['users.id', 'users.email', 'users.name', 'users.roles', 'users.organisation_id', 'users.team_id', 'users.disabled', 'organisations.name as organisation_name'])
    .where('users.id', '=', userId).executeTakeFirst();
  if (!row || row.disabled) return null;
  return {
    id: row.id, email: row.email, name: row.name, roles: row.roles as Role[], organisationId: row.organisation_id,
    organisationName: row.organisation_name, teamId: row.team_id,
  };
}
