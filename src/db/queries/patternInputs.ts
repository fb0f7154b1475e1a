import { sql, type Kysely } from 'kysely';
import type { SignalDetails, HouseholdContext, TimelineEvent } from '../../domain/signals/timeline.ts';
import type { SignalKindCode } from '../../domain/signals/vocabulary.ts';
import { knownSince } from './knownSince.ts';
import type { Database } from '../schema.ts';

/**
 * The signals that concern a household: those registered in it, and those about its current members
 * registered anywhere else (a person's history follows them into a new household or town).
 */
export async function loadHouseholdEvents(db: Kysely<Database>, householdId: string): Promise<TimelineEvent[]> {
  const rows = await sql<{ id: string; kind: string; observed_at: string; details: SignalDetails; person_ids: string[] }>`
    SELECT s.id, s.kind, s.observed_at, s.details,
           (SELECT array_agg(sp.person_id ORDER BY sp.person_id) FROM signal_persons sp WHERE sp.household_id = s.household_id AND sp.signal_id = s.id) AS person_ids
    FROM signals s
    WHERE s.household_id = ${householdId}
       OR (s.household_id, s.id) IN (
            SELECT sp.household_id, sp.signal_id FROM signal_persons sp
            JOIN household_members m ON m.person_id = sp.person_id
            WHERE m.household_id = ${householdId} AND m.until IS NULL)`.execute(db);
  return rows.rows.map((row) => ({
    id: row.id, kind: row.kind as SignalKindCode, observedAt: row.observed_at, personIds: row.person_ids ?? [], details: row.details ?? {},
  }));
}

/** What the rules need to know about the household besides its events. */
export async function loadHouseholdContext(db: Kysely<Database>, householdId: string, today: string): Promise<HouseholdContext | null> {
  const household = await db.selectFrom('households').select(['municipality']).where('id', '=', householdId).executeTakeFirst();
  if (!household) return null;
  const [children, direction, addresses] = await Promise.all([
    db.selectFrom('household_members as m').innerJoin('persons as p', 'p.id', 'm.person_id')
      .select(['p.id', 'p.first_name', 'p.birth_date', knownSince])
      .where('m.household_id', '=', householdId).where('m.role', '=', 'child').where('m.until', 'is', null).execute(),
    db.selectFrom('directions').select('id').where('household_id', '=', householdId).where('until', 'is', null).executeTakeFirst(),
    db.selectFrom('household_addresses').select(['municipality', 'valid_from']).where('household_id', '=', householdId).orderBy('valid_from', 'desc').limit(2).execute(),
  ]);
  const [latest, previous] = addresses;
  return {
    today, municipality: household.municipality, hasRegisseur: Boolean(direction),
    children: children.map((c) => ({ id: c.id, firstName: c.first_name, birthDate: c.birth_date, knownSince: c.known_since })),
    ...(latest && previous && latest.municipality !== previous.municipality ? { arrivedFrom: { municipality: previous.municipality, on: latest.valid_from } } : {}),
  };
}
