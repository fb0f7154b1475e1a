import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * A signal of another family that follows into `target` through an accepted history request, and the
 * children in `target` it is about (the earlier family's own records name its own person records).
 */
export interface SharedSignalLink { target: string; household_id: string; signal_id: string; here_person_ids: string[] }

/**
 * The other families' signals that follow into these households: recorded about the shared child in the
 * source family, observed AND recorded up to the share's last day. Nothing recorded later follows.
 */
export async function sharedSignalLinks(db: Kysely<Database>, householdIds: readonly string[], options: { personId?: string } = {}): Promise<SharedSignalLink[]> {
  if (householdIds.length === 0) return [];
  const result = await sql<SharedSignalLink>`
    SELECT hs.household_id AS target, sp.household_id, sp.signal_id, array_agg(DISTINCT hs.person_id ORDER BY hs.person_id) AS here_person_ids
    FROM history_shares hs
    JOIN signal_persons sp ON sp.household_id = hs.source_household_id AND sp.person_id = hs.source_person_id
    JOIN signals s ON s.household_id = sp.household_id AND s.id = sp.signal_id
    WHERE hs.household_id = ANY(${[...householdIds]}::uuid[]) AND s.observed_at <= hs.until AND s.created_at::date <= hs.until
      ${options.personId ? sql`AND hs.person_id = ${options.personId}` : sql``}
    GROUP BY hs.household_id, sp.household_id, sp.signal_id`.execute(db);
  return result.rows;
}

export interface ShareRow { household_id: string; person_id: string; source_household_id: string; source_person_id: string; until: string }

/** The shares into a household (optionally for one of its persons). */
export async function sharesInto(db: Kysely<Database>, householdId: string, personId?: string): Promise<ShareRow[]> {
  let query = db.selectFrom('history_shares').select(['household_id', 'person_id', 'source_household_id', 'source_person_id', 'until'])
    .where('household_id', '=', householdId);
  if (personId) query = query.where('person_id', '=', personId);
  return query.execute();
}

/** Households that receive this family's records about these persons, and would see a signal recorded today. */
export async function householdsSharingFrom(db: Kysely<Database>, sourceHouseholdId: string, sourcePersonIds: readonly string[], today: string): Promise<string[]> {
  if (sourcePersonIds.length === 0) return [];
  const rows = await db.selectFrom('history_shares').select('household_id').distinct()
    .where('source_household_id', '=', sourceHouseholdId).where('source_person_id', 'in', [...sourcePersonIds]).where('until', '>=', today).execute();
  return rows.map((row) => row.household_id);
}

/**
 * Opens the earlier family's records about the child to the family that has it now, up to `until`; what
 * the earlier family itself received from families before it follows too, never beyond its own last day.
 */
export async function shareHistory(tx: Transaction<Database>, share: {
  householdId: string; personId: string; sourceHouseholdId: string; sourcePersonId: string; until: string; requestId: string;
}): Promise<number> {
  const earlier = await sharesInto(tx, share.sourceHouseholdId, share.sourcePersonId);
  const rows = [
    { source_household_id: share.sourceHouseholdId, source_person_id: share.sourcePersonId, until: share.until },
    ...earlier.map((row) => ({ source_household_id: row.source_household_id, source_person_id: row.source_person_id, until: row.until < share.until ? row.until : share.until })),
  ].filter((row) => row.source_household_id !== share.householdId);
  if (rows.length === 0) return 0;
  await tx.insertInto('history_shares').values(rows.map((row) => ({
    household_id: share.householdId, id: randomUUID(), person_id: share.personId, request_id: share.requestId, ...row,
  }))).execute();
  return rows.length;
}
