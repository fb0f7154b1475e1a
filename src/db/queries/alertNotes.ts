import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export async function insertAlertNote(tx: Transaction<Database>, note: { householdId: string; id: string; alertId: string; authorUserId: string; note: string }) {
  await tx.insertInto('alert_notes').values({ household_id: note.householdId, id: note.id, alert_id: note.alertId, author_user_id: note.authorUserId, note: note.note }).execute();
}

/** The notes on these alerts, oldest first, with their authors' names. */
export async function notesOfAlerts(db: Executor, alertIds: readonly string[]) {
  if (alertIds.length === 0) return [];
  return db.selectFrom('alert_notes as n').innerJoin('users as u', 'u.id', 'n.author_user_id')
    .select(['n.id', 'n.alert_id', 'n.note', 'n.created_at', 'u.name as author_name'])
    .where('n.alert_id', 'in', [...alertIds]).orderBy('n.created_at').orderBy('n.id').execute();
}

/** For each of these households: who answers for the direction now (if anyone), and whether the user is involved. */
export async function alertGovernance(db: Executor, householdIds: readonly string[], userId: string) {
  if (householdIds.length === 0) return { leads: new Map<string, string>(), involvedIn: new Set<string>() };
  const ids = [...new Set(householdIds)];
  // A deactivated account cannot act: its family counts as having no regisseur who can close an alert.
  const directions = await db.selectFrom('directions as d').innerJoin('users as u', (join) => join.on(sql<boolean>`u.id = coalesce(d.user_id, d.supported_by_user_id)`))
    .select(['d.household_id', 'd.user_id', 'd.supported_by_user_id'])
    .where('d.household_id', 'in', ids).where('d.until', 'is', null).where('u.disabled', '=', false).execute();
  const involved = await db.selectFrom('involvements').select('household_id').where('household_id', 'in', ids).where('user_id', '=', userId)
    .where(sql<boolean>`(until IS NULL OR until > current_date)`).execute();
  return {
    leads: new Map(directions.map((d) => [d.household_id, (d.user_id ?? d.supported_by_user_id)!])),
    involvedIn: new Set(involved.map((i) => i.household_id)),
  };
}
