import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { nameIdentity, type MatchingConfig } from '../../domain/matching.ts';
import { hashBsn } from '../bsnHash.ts';
import type { Database } from '../schema.ts';

export interface MatchRegistration {
  householdId: string; personIds: string[]; userId: string; organisationId: string; bsnKey: string; config: MatchingConfig;
}

interface Subject { id: string; first_name: string; last_name: string; birth_date: string; bsn_hash: string | null; role: string | null; parent: boolean }

/**
 * Registers that this professional has a concern about these persons, and finds other organisations with a
 * live entry for the same person (or, for a child, a sibling through a shared parent). Returns the new
 * matches. Two round trips per person: it runs inside the request that registers the signal
 * (bench/matching.ts measures it at national scale).
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
    // Upsert this professional's entry, then pair it with every live entry of another organisation about the
    // same person (or a sibling), except professionals who already work together in this family.
    const rows = await sql<{ id: string }>`
      WITH entry AS (
        INSERT INTO match_entries (id, subject_key, family_keys, person_id, household_id, user_id, organisation_id, expires_on)
        VALUES (${randomUUID()}, ${key}, ${familyKeys}::text[], ${person.id}, ${householdId}, ${userId}, ${organisationId},
                LEAST(current_date + make_interval(months => ${config.retentionMonths}), ${person.birth_date}::date + make_interval(years => ${config.maxAgeYears}))::date)
        ON CONFLICT (subject_key, user_id) DO UPDATE SET last_registered_at = now(), expires_on = EXCLUDED.expires_on,
          family_keys = EXCLUDED.family_keys, household_id = EXCLUDED.household_id, person_id = EXCLUDED.person_id
        RETURNING id, expires_on),
      others AS (
        SELECT o.id, o.user_id, o.subject_key FROM match_entries o
        WHERE o.organisation_id <> ${organisationId} AND o.expires_on > current_date
          AND (o.subject_key = ${key} OR o.family_keys && ${familyKeys}::text[])
          AND o.user_id NOT IN (SELECT i.user_id FROM involvements i WHERE i.household_id = ${householdId} AND (i.until IS NULL OR i.until > current_date)))
      INSERT INTO matches (id, basis, subject_key, entry_a, entry_b, user_a, user_b)
      SELECT gen_random_uuid(), CASE WHEN o.subject_key = ${key} THEN 'person' ELSE 'family' END, ${key},
             LEAST(e.id, o.id), GREATEST(e.id, o.id),
             CASE WHEN e.id < o.id THEN ${userId}::uuid ELSE o.user_id END, CASE WHEN e.id < o.id THEN o.user_id ELSE ${userId}::uuid END
      FROM entry e JOIN others o ON o.id <> e.id
      WHERE e.expires_on > current_date -- at 23 nothing matches any more
      ON CONFLICT (entry_a, entry_b) DO NOTHING
      RETURNING id`.execute(tx);
    created.push(...rows.rows.map((row) => row.id));
  }
  return created;
}

