import { sql, type Kysely } from 'kysely';
import type { SessionUser } from '../../api/auth/sessionUser.ts';
import type { Relationship } from '../../api/policies/policy.ts';
import type { Database } from '../schema.ts';

/** An involvement counts while it has no end date or its end date (the first day without it) lies ahead. */
const currentInvolvement = sql<boolean>`(i.until IS NULL OR i.until > current_date)`;

/**
 * How the user relates to a household now, in one query: involved themselves, or team lead of an involved
 * team member. A household that does not exist gives 'none', just like one the user may not see.
 */
export async function relationshipTo(db: Kysely<Database>, user: SessionUser, householdId: string): Promise<Relationship> {
  const isTeamLead = user.roles.includes('team_lead') && user.teamId !== null;
  const result = await sql<{ involved: boolean | null; team: boolean | null }>`
    SELECT bool_or(i.user_id = ${user.id}) AS involved,
           bool_or(${isTeamLead} AND u.team_id = ${user.teamId ?? null}::uuid) AS team
    FROM involvements i JOIN users u ON u.id = i.user_id
    WHERE i.household_id = ${householdId} AND ${currentInvolvement}`.execute(db);
  const row = result.rows[0];
  if (row?.involved) return 'involved';
  if (row?.team) return 'team_lead';
  return 'none';
}

/** The ids of every household the user may see, as a subquery to restrict lists with. */
export function visibleHouseholdIds(db: Kysely<Database>, user: SessionUser) {
  const isTeamLead = user.roles.includes('team_lead') && user.teamId !== null;
  return db.selectFrom('involvements as i')
    .select('i.household_id')
    .where(currentInvolvement)
    .where((eb) => isTeamLead
      ? eb.or([eb('i.user_id', '=', user.id), eb('i.user_id', 'in', eb.selectFrom('users').select('id').where('team_id', '=', user.teamId))])
      : eb('i.user_id', '=', user.id));
}
