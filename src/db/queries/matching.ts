import { randomUUID } from 'node:crypto';
import { sql, type RawBuilder, type Transaction } from 'kysely';
import { nameIdentity, usefulMatches, type MatchingConfig, type MatchSide, type WorkingTogether } from '../../domain/matching.ts';
import { hashBsn } from '../bsnHash.ts';
import type { Database } from '../schema.ts';

export interface MatchRegistration {
  householdId: string; personIds: string[]; userId: string; organisationId: string; bsnKey: string; config: MatchingConfig;
}

interface Subject { id: string; first_name: string; last_name: string; birth_date: string; bsn_hash: string | null; role: string | null; parent: boolean }

/**
 * Registers that this professional has a concern about these persons, and finds other organisations with a
 * live entry for the same person (or, for a child, a sibling through a shared parent). Returns the new
 * matches: never one with a professional who already works with this one on the person (alreadyWorkTogether in
 * src/domain/matching.ts). One round trip per person, a second when it found candidates: it runs inside the request
 * that registers the signal (bench/matching.ts measures it at national scale).
 */
export async function registerForMatching(tx: Transaction<Database>, registration: MatchRegistration): Promise<string[]> {
  const { householdId, personIds, userId, organisationId, bsnKey, config } = registration;
  if (personIds.length === 0) return [];
  const people = (await sql<Subject>`
    SELECT p.id, p.first_name, p.last_name, p.birth_date, p.bsn_hash, m.role, false AS parent
    FROM persons p LEFT JOIN household_members m ON m.person_id = p.id AND m.household_id = ${householdId} AND m.until IS NULL
    WHERE p.id = ANY(${personIds}::uuid[])
    UNION ALL
    SELECT p.id, p.first_name, p.last_name, p.birth_date, p.bsn_hash, m.role, true
    FROM household_members m JOIN persons p ON p.id = m.person_id
    WHERE m.household_id = ${householdId} AND m.role IN ('parent', 'caregiver') AND m.until IS NULL`.execute(tx)).rows;
  const subjectKey = (p: Subject) => p.bsn_hash ?? hashBsn(bsnKey, nameIdentity(p.first_name, p.last_name, p.birth_date));
  const parentKeys = people.filter((p) => p.parent).map(subjectKey);

  const created: string[] = [];
  for (const person of people.filter((p) => !p.parent)) {
    const key = subjectKey(person);
    const familyKeys = person.role === 'child' ? parentKeys : [];
    // Upsert this professional's entry and find every live entry of another organisation about the same person (or a
    // sibling), with what the rule needs to know: the households both persons belong to now, and which of those each
    // professional is involved in now.
    const candidates = (await sql<Candidate>`
      WITH entry AS (
        INSERT INTO match_entries (id, subject_key, family_keys, person_id, household_id, user_id, organisation_id, expires_on)
        VALUES (${randomUUID()}, ${key}, ${familyKeys}::text[], ${person.id}, ${householdId}, ${userId}, ${organisationId},
                LEAST(current_date + make_interval(months => ${config.retentionMonths}), ${person.birth_date}::date + make_interval(years => ${config.maxAgeYears}))::date)
        ON CONFLICT (subject_key, user_id) DO UPDATE SET last_registered_at = now(), expires_on = EXCLUDED.expires_on,
          family_keys = EXCLUDED.family_keys, household_id = EXCLUDED.household_id, person_id = EXCLUDED.person_id
        RETURNING id, expires_on),
      others AS (
        SELECT o.id, o.user_id, o.person_id, o.subject_key FROM match_entries o
        WHERE o.organisation_id <> ${organisationId} AND o.expires_on > current_date
          AND (o.subject_key = ${key} OR o.family_keys && ${familyKeys}::text[]))
      SELECT e.id AS entry_id, o.id AS other_id, o.user_id AS other_user_id, o.person_id AS other_person_id, o.subject_key = ${key} AS same_person,
        mine.households AS my_person_households, theirs.households AS other_person_households,
        ${involvedAmong(sql`${userId}::uuid`, sql`mine.households || theirs.households`)} AS my_user_households,
        ${involvedAmong(sql`o.user_id`, sql`mine.households || theirs.households`)} AS other_user_households
      FROM entry e JOIN others o ON o.id <> e.id
      CROSS JOIN (SELECT ${householdsOf(sql`${person.id}::uuid`)} AS households) mine
      CROSS JOIN LATERAL (SELECT ${householdsOf(sql`o.person_id`)} AS households) theirs
      WHERE e.expires_on > current_date -- at 23 nothing matches any more`.execute(tx)).rows;
    if (candidates.length === 0) continue;
    const useful = usefulMatches(candidates.map((c) => ({
      candidate: c, a: { entryId: c.entry_id, userId, personId: person.id }, b: { entryId: c.other_id, userId: c.other_user_id, personId: c.other_person_id },
    })), contextFrom(candidates.map((c) => ({
      persons: [[person.id, c.my_person_households], [c.other_person_id, c.other_person_households]],
      professionals: [[userId, c.my_user_households], [c.other_user_id, c.other_user_households]],
    })))).map(({ candidate }) => candidate);
    if (useful.length === 0) continue;
    const entryId = useful[0]!.entry_id;
    const rows = await sql<{ id: string }>`
      INSERT INTO matches (id, basis, subject_key, entry_a, entry_b, user_a, user_b)
      SELECT gen_random_uuid(), CASE WHEN o.same_person THEN 'person' ELSE 'family' END, ${key},
             LEAST(${entryId}::uuid, o.id), GREATEST(${entryId}::uuid, o.id),
             CASE WHEN ${entryId}::uuid < o.id THEN ${userId}::uuid ELSE o.user_id END, CASE WHEN ${entryId}::uuid < o.id THEN o.user_id ELSE ${userId}::uuid END
      FROM unnest(${useful.map((c) => c.other_id)}::uuid[], ${useful.map((c) => c.other_user_id)}::uuid[], ${useful.map((c) => c.same_person)}::boolean[]) AS o(id, user_id, same_person)
      ON CONFLICT (entry_a, entry_b) DO NOTHING
      RETURNING id`.execute(tx);
    created.push(...rows.rows.map((row) => row.id));
  }
  return created;
}


interface Candidate {
  entry_id: string; other_id: string; other_user_id: string; other_person_id: string; same_person: boolean;
  my_person_households: string[]; other_person_households: string[]; my_user_households: string[]; other_user_households: string[];
}

/** The households a person belongs to now (SQL array). */
export const householdsOf = (personId: RawBuilder<unknown>) =>
  sql`ARRAY(SELECT hm.household_id FROM household_members hm WHERE hm.person_id = ${personId} AND hm.until IS NULL)`;

/** Of these households, the ones a professional is involved in now (SQL array): all alreadyWorkTogether needs to know. */
export const involvedAmong = (userId: RawBuilder<unknown>, households: RawBuilder<unknown>) =>
  sql`ARRAY(SELECT i.household_id FROM involvements i WHERE i.user_id = ${userId} AND (i.until IS NULL OR i.until > current_date) AND i.household_id = ANY(${households}))`;

/** Merges the per-row facts into one context; each row carries every fact about its own two sides. */
export function contextFrom(rows: ReadonlyArray<{ persons: Array<[string, string[]]>; professionals: Array<[string, string[]]> }>): WorkingTogether {
  const merge = (pairs: Array<[string, string[]]>) => {
    const map = new Map<string, Set<string>>();
    for (const [id, households] of pairs) {
      const set = map.get(id) ?? new Set<string>();
      for (const household of households) set.add(household);
      map.set(id, set);
    }
    return map;
  };
  return { householdsOfPerson: merge(rows.flatMap((row) => row.persons)), householdsOfProfessional: merge(rows.flatMap((row) => row.professionals)) };
}

/** A match as one of its professionals sees it, with the other's contact details and the facts alreadyWorkTogether needs. */
export interface MatchRow {
  id: string; basis: 'person' | 'family'; since: string; coordinatedAt: string | null;
  centralContact: { userId: string; name: string } | null;
  mine: MatchSide & { householdId: string };
  theirs: MatchSide;
  other: { userId: string; name: string; email: string; phone: string | null; organisationName: string; organisationKind: string; organisationPhone: string | null };
  facts: { persons: Array<[string, string[]]>; professionals: Array<[string, string[]]> };
}

/** Every live match of this professional, unfiltered: the caller applies listedMatches (src/domain/matching.ts). */
export async function matchesOf(tx: Transaction<Database>, userId: string): Promise<MatchRow[]> {
  const rows = (await sql<{
    id: string; basis: 'person' | 'family'; created_at: Date | string; coordinated_at: Date | string | null; central_contact_user_id: string | null;
    central_contact_name: string | null; my_entry: string; my_person: string; my_household: string; their_entry: string; their_user: string; their_person: string;
    name: string; email: string; phone: string | null; organisation_name: string; organisation_kind: string; organisation_phone: string | null;
    my_person_households: string[]; their_person_households: string[]; my_user_households: string[]; their_user_households: string[];
  }>`
    SELECT m.id, m.basis, m.created_at, m.coordinated_at, m.central_contact_user_id, cc.name AS central_contact_name,
      mine.id AS my_entry, mine.person_id AS my_person, mine.household_id AS my_household,
      theirs.id AS their_entry, theirs.user_id AS their_user, theirs.person_id AS their_person,
      u.name, u.email, u.phone, o.name AS organisation_name, o.kind AS organisation_kind, o.phone AS organisation_phone,
      mh.households AS my_person_households, th.households AS their_person_households,
      ${involvedAmong(sql`${userId}::uuid`, sql`mh.households || th.households`)} AS my_user_households,
      ${involvedAmong(sql`theirs.user_id`, sql`mh.households || th.households`)} AS their_user_households
    FROM matches m
    JOIN match_entries mine ON mine.id = CASE WHEN m.user_a = ${userId} THEN m.entry_a ELSE m.entry_b END
    JOIN match_entries theirs ON theirs.id = CASE WHEN m.user_a = ${userId} THEN m.entry_b ELSE m.entry_a END
    JOIN users u ON u.id = theirs.user_id JOIN organisations o ON o.id = theirs.organisation_id
    LEFT JOIN users cc ON cc.id = m.central_contact_user_id
    CROSS JOIN LATERAL (SELECT ${householdsOf(sql`mine.person_id`)} AS households) mh
    CROSS JOIN LATERAL (SELECT ${householdsOf(sql`theirs.person_id`)} AS households) th
    WHERE (m.user_a = ${userId} OR m.user_b = ${userId})
      -- An expired entry no longer matches: its matches disappear from both lists.
      AND mine.expires_on > current_date AND theirs.expires_on > current_date
    ORDER BY m.created_at DESC, m.id`.execute(tx)).rows;
  const iso = (value: Date | string) => new Date(value).toISOString();
  return rows.map((row) => ({
    id: row.id, basis: row.basis, since: iso(row.created_at), coordinatedAt: row.coordinated_at ? iso(row.coordinated_at) : null,
    centralContact: row.central_contact_user_id ? { userId: row.central_contact_user_id, name: row.central_contact_name ?? '' } : null,
    mine: { entryId: row.my_entry, userId, personId: row.my_person, householdId: row.my_household },
    theirs: { entryId: row.their_entry, userId: row.their_user, personId: row.their_person },
    other: { userId: row.their_user, name: row.name, email: row.email, phone: row.phone, organisationName: row.organisation_name, organisationKind: row.organisation_kind, organisationPhone: row.organisation_phone },
    facts: {
      persons: [[row.my_person, row.my_person_households], [row.their_person, row.their_person_households]],
      professionals: [[userId, row.my_user_households], [row.their_user, row.their_user_households]],
    },
  }));
}
