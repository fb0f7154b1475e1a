import type { Kysely, Transaction } from 'kysely';
import type { DirectionHolder } from '../../domain/direction.ts';
import { answeringUserId, type Measure, type Professional, type Regie } from '../../domain/governance.ts';
import type { Database } from '../schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** The professionals (organisation, its kind, team) the governance rules need, by user id. */
export async function loadProfessionals(db: Executor, userIds: readonly string[]): Promise<Map<string, Professional>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.organisation_id', 'o.kind', 'u.team_id', 'u.disabled']).where('u.id', 'in', [...new Set(userIds)]).execute();
  return new Map(rows.map((row) => [row.id, {
    userId: row.id, organisationId: row.organisation_id, organisationKind: row.kind, teamId: row.team_id, ...(row.disabled ? { deactivated: true } : {}),
  }]));
}

/** A holder with the professional who answers for it; null when that professional is unknown. */
export async function regieOf(db: Executor, holder: DirectionHolder): Promise<Regie | null> {
  const professional = (await loadProfessionals(db, [answeringUserId(holder)])).get(answeringUserId(holder));
  return professional ? { holder, professional } : null;
}

/** Whether a compulsory measure runs: the family's escalation level is `compulsory` (docs/domain.md). */
export async function measureOf(db: Executor, householdId: string): Promise<Measure> {
  const row = await db.selectFrom('households').select('escalation_level').where('id', '=', householdId).executeTakeFirst();
  return row?.escalation_level === 'compulsory' ? 'compulsory' : 'none';
}

/** Who leads now, as the governance rules see it, and whether a measure runs. */
export async function loadGovernance(db: Executor, householdId: string): Promise<{ measure: Measure; current: Regie | null }> {
  const row = await db.selectFrom('directions').select(['user_id', 'person_id', 'supported_by_user_id'])
    .where('household_id', '=', householdId).where('until', 'is', null).executeTakeFirst();
  const holder: DirectionHolder | null = !row ? null : row.user_id
    ? { kind: 'user', userId: row.user_id } : { kind: 'person', personId: row.person_id!, supportedByUserId: row.supported_by_user_id! };
  return { measure: await measureOf(db, householdId), current: holder ? await regieOf(db, holder) : null };
}
