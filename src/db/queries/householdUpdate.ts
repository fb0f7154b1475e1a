import { sql, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';

export interface HouseholdChanges { name?: string; status?: 'active' | 'closed' }

/**
 * Changes a household if it is still at the version the caller read; undefined when someone else changed it
 * first. Closing records when (the retention term runs from there; closing again keeps the first moment),
 * reopening forgets it.
 */
export async function updateHousehold(tx: Transaction<Database>, update: { id: string; version: number; changes: HouseholdChanges }) {
  const { id, version, changes } = update;
  const closedAt = changes.status === undefined ? {}
    : { closed_at: changes.status === 'closed' ? sql<Date>`CASE WHEN status = 'closed' THEN coalesce(closed_at, now()) ELSE now() END` : null };
  return tx.updateTable('households')
    .set({ ...changes, ...closedAt, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id).where('version', '=', version)
    .returning(['id', 'version']).executeTakeFirst();
}
