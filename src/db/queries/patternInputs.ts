import { sql, type Kysely } from 'kysely';
import type { SignalDetails, HouseholdContext, TimelineEvent } from '../../domain/signals/timeline.ts';
import type { SignalKindCode } from '../../domain/signals/vocabulary.ts';
import { sharedSignalLinks } from './historyShares.ts';
import { knownSince } from './knownSince.ts';
import type { Database } from '../schema.ts';

/**
 * The signals that concern a household: those registered in it, and those of earlier families that
 * follow its children through an accepted history request (src/db/queries/historyShares.ts). Typing a
 * child's citizen number never brings another family's records in.
 */
export async function loadHouseholdEvents(db: Kysely<Database>, householdId: string): Promise<TimelineEvent[]> {
  type Row = { id: string; household_id: string; kind: string; observed_at: string; details: SignalDetails; person_ids: string[] };
  const links = await sharedSignalLinks(db, [householdId]);
  const rows = await sql<Row>`
    SELECT s.id, s.household_id, s.kind, s.observed_at, s.details,
           (SELECT array_agg(sp.person_id ORDER BY sp.person_id) FROM signal_persons sp WHERE sp.household_id = s.household_id AND sp.signal_id = s.id) AS person_ids
    FROM signals s
    WHERE s.household_id = ${householdId}
       ${links.length ? sql`OR (s.household_id, s.id) IN (SELECT * FROM unnest(${links.map((l) => l.household_id)}::uuid[], ${links.map((l) => l.signal_id)}::uuid[]))` : sql``}`.execute(db);
  const sharedAbout = new Map(links.map((link) => [`${link.household_id}/${link.signal_id}`, link.here_person_ids]));
  return rows.rows.map((row) => ({
    id: row.id, kind: row.kind as SignalKindCode, observedAt: row.observed_at, details: row.details ?? {},
    // A signal of an earlier family is about this family's child, under this family's record of it.
    personIds: row.household_id === householdId ? row.person_ids ?? [] : sharedAbout.get(`${row.household_id}/${row.id}`) ?? [],
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
