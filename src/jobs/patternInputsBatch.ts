import { sql, type Kysely } from 'kysely';
import { sharedSignalLinks } from '../db/queries/historyShares.ts';
import { knownSince } from '../db/queries/knownSince.ts';
import type { Database } from '../db/schema.ts';
import type { HouseholdContext, SignalDetails, TimelineEvent } from '../domain/signals/timeline.ts';
import type { SignalKindCode } from '../domain/signals/vocabulary.ts';

/**
 * `loadHouseholdEvents` and `loadHouseholdContext` (src/db/queries/patternInputs.ts) for many households
 * at once: a fixed number of queries per batch instead of five per household. The results are the same
 * as those of the single-household functions (patternScan.test.ts holds them to it): for each household,
 * the signals registered in it plus those of earlier families shared with it.
 */
export async function loadEventsForHouseholds(db: Kysely<Database>, householdIds: readonly string[]): Promise<Map<string, TimelineEvent[]>> {
  const byHousehold = new Map<string, TimelineEvent[]>(householdIds.map((id) => [id, []]));
  if (householdIds.length === 0) return byHousehold;
  const ids = [...householdIds];
  const [low, high] = idRange(ids);
  // Two index-driven steps instead of one UNION joined back to signals (on a large table the planner
  // turned that into a sequential scan of all signals per batch): the households' own signals, then the
  // shared ones. The person list is aggregated exactly as in loadHouseholdEvents, so both return it in the same order.
  type Row = { target: string; id: string; kind: string; observed_at: string; details: SignalDetails; person_ids: string[] | null };
  const own = await sql<Row>`
    SELECT s.household_id AS target, s.id, s.kind, s.observed_at, s.details,
           (SELECT array_agg(sp.person_id ORDER BY sp.person_id) FROM signal_persons sp WHERE sp.household_id = s.household_id AND sp.signal_id = s.id) AS person_ids
    FROM signals s WHERE s.household_id = ANY(${ids}::uuid[]) AND s.household_id BETWEEN ${low}::uuid AND ${high}::uuid`.execute(db);
  // The signals of earlier families that follow these households' children through accepted history requests.
  const links = await sharedSignalLinks(db, ids);
  const rows = { rows: own.rows };
  if (links.length > 0) {
    const foreign = await sql<Row & { household_id: string }>`
      SELECT w.target, s.household_id, s.id, s.kind, s.observed_at, s.details, NULL::uuid[] AS person_ids
      FROM unnest(${links.map((link) => link.target)}::uuid[], ${links.map((link) => link.household_id)}::uuid[],
                  ${links.map((link) => link.signal_id)}::uuid[]) AS w(target, household_id, signal_id)
      JOIN signals s ON s.household_id = w.household_id AND s.id = w.signal_id`.execute(db);
    const sharedAbout = new Map(links.map((link) => [`${link.target}/${link.household_id}/${link.signal_id}`, link.here_person_ids]));
    rows.rows.push(...foreign.rows.map((row) => ({ ...row, person_ids: sharedAbout.get(`${row.target}/${row.household_id}/${row.id}`) ?? [] })));
  }
  for (const row of rows.rows) {
    byHousehold.get(row.target)?.push({
      id: row.id, kind: row.kind as SignalKindCode, observedAt: row.observed_at, personIds: row.person_ids ?? [], details: row.details ?? {},
    });
  }
  return byHousehold;
}

/** The contexts of many households; a household that does not exist is absent from the map. */
export async function loadContextsForHouseholds(db: Kysely<Database>, householdIds: readonly string[], today: string): Promise<Map<string, HouseholdContext>> {
  const contexts = new Map<string, HouseholdContext>();
  if (householdIds.length === 0) return contexts;
  const ids = [...householdIds];
  const [low, high] = idRange(ids);
  const inRange = <T extends string>(column: T) => sql<boolean>`${sql.ref(column)} BETWEEN ${low}::uuid AND ${high}::uuid`;
  const [households, children, directions, addresses] = await Promise.all([
    db.selectFrom('households').select(['id', 'municipality']).where('id', 'in', ids).execute(),
    db.selectFrom('household_members as m').innerJoin('persons as p', 'p.id', 'm.person_id')
      .select(['m.household_id', 'p.id', 'p.first_name', 'p.birth_date', knownSince])
      .where('m.household_id', 'in', ids).where(inRange('m.household_id')).where('m.role', '=', 'child').where('m.until', 'is', null).execute(),
    db.selectFrom('directions').select('household_id').distinct().where('household_id', 'in', ids).where(inRange('household_id')).where('until', 'is', null).execute(),
    // The two latest addresses of each household, newest first (as loadHouseholdContext's LIMIT 2).
    sql<{ household_id: string; municipality: string; valid_from: string }>`
      SELECT household_id, municipality, valid_from FROM (
        SELECT a.household_id, a.municipality, a.valid_from,
               row_number() OVER (PARTITION BY a.household_id ORDER BY a.valid_from DESC) AS n
        FROM household_addresses a WHERE a.household_id = ANY(${ids}::uuid[]) AND a.household_id BETWEEN ${low}::uuid AND ${high}::uuid) ranked
      WHERE n <= 2 ORDER BY household_id, n`.execute(db),
  ]);
  const led = new Set(directions.map((row) => row.household_id));
  const childrenOf = new Map<string, HouseholdContext['children'][number][]>();
  for (const child of children) {
    const list = childrenOf.get(child.household_id) ?? [];
    list.push({ id: child.id, firstName: child.first_name, birthDate: child.birth_date, knownSince: child.known_since });
    childrenOf.set(child.household_id, list);
  }
  const addressesOf = new Map<string, Array<{ municipality: string; valid_from: string }>>();
  for (const address of addresses.rows) {
    const list = addressesOf.get(address.household_id) ?? [];
    list.push(address);
    addressesOf.set(address.household_id, list);
  }
  for (const household of households) {
    const [latest, previous] = addressesOf.get(household.id) ?? [];
    contexts.set(household.id, {
      today, municipality: household.municipality, hasRegisseur: led.has(household.id),
      children: childrenOf.get(household.id) ?? [],
      ...(latest && previous && latest.municipality !== previous.municipality ? { arrivedFrom: { municipality: previous.municipality, on: latest.valid_from } } : {}),
    });
  }
  return contexts;
}

/**
 * The smallest and largest id of a batch. Repeating the list as a range lets PostgreSQL read a batch of
 * consecutive households (the scan's keyset order) as one index range, where a long `= ANY(list)` alone
 * made it choose a sequential scan of the whole table for every batch.
 */
function idRange(ids: readonly string[]): [string, string] {
  let low = ids[0]!;
  let high = ids[0]!;
  for (const id of ids) { if (id < low) low = id; if (id > high) high = id; }
  return [low, high];
}
