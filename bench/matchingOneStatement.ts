/**
 * Evidence for a proposal, not app code: `registerForMatching` with two round trips per person instead of
 * 5 + one per match (persons and parents in one query; upsert, lookup and match insert in one statement,
 * no separate `SELECT current_date`). Same semantics as src/db/queries/matching.ts for the benchmark's
 * cases. Runs the matching benchmark on the existing database with this variant:
 *   MATCH_BENCH_SKIP_GENERATE=1 npx tsx bench/matchingOneStatement.ts
 */
import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { hashBsn } from '../src/db/bsnHash.ts';
import type { MatchRegistration } from '../src/db/queries/matching.ts';
import type { Database } from '../src/db/schema.ts';
import { nameIdentity } from '../src/domain/matching.ts';
import { benchMatching, matchingBenchConfig } from './matching.ts';

export async function registerForMatchingOneStatement(tx: Transaction<Database>, registration: MatchRegistration): Promise<string[]> {
  const { householdId, personIds, userId, organisationId, bsnKey, config } = registration;
  if (personIds.length === 0) return [];
  const people = (await sql<{ id: string; first_name: string; last_name: string; birth_date: string; bsn_hash: string | null; role: string | null; parent: boolean }>`
    SELECT p.id, p.first_name, p.last_name, p.birth_date, p.bsn_hash, m.role, false AS parent
    FROM persons p LEFT JOIN household_members m ON m.person_id = p.id AND m.household_id = ${householdId} AND m.until IS NULL
    WHERE p.id = ANY(${personIds}::uuid[])
    UNION ALL
    SELECT p.id, p.first_name, p.last_name, p.birth_date, p.bsn_hash, m.role, true
    FROM household_members m JOIN persons p ON p.id = m.person_id
    WHERE m.household_id = ${householdId} AND m.role IN ('parent', 'caregiver') AND m.until IS NULL`.execute(tx)).rows;
  const subjectKey = (p: { first_name: string; last_name: string; birth_date: string; bsn_hash: string | null }) =>
    p.bsn_hash ?? hashBsn(bsnKey, nameIdentity(p.first_name, p.last_name, p.birth_date));
  const parentKeys = people.filter((p) => p.parent).map(subjectKey);
  const created: string[] = [];
  for (const person of people.filter((p) => !p.parent)) {
    const key = subjectKey(person);
    const familyKeys = person.role === 'child' ? parentKeys : [];
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
          AND (o.subject_key = ${key} OR o.family_keys && ${familyKeys}::text[]))
      INSERT INTO matches (id, basis, subject_key, entry_a, entry_b, user_a, user_b)
      SELECT gen_random_uuid(), CASE WHEN o.subject_key = ${key} THEN 'person' ELSE 'family' END, ${key},
             LEAST(e.id, o.id), GREATEST(e.id, o.id),
             CASE WHEN e.id < o.id THEN ${userId}::uuid ELSE o.user_id END, CASE WHEN e.id < o.id THEN o.user_id ELSE ${userId}::uuid END
      FROM entry e JOIN others o ON o.id <> e.id WHERE e.expires_on > current_date
      ON CONFLICT (entry_a, entry_b) DO NOTHING
      RETURNING id`.execute(tx);
    created.push(...rows.rows.map((row) => row.id));
  }
  return created;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchMatching({ ...matchingBenchConfig(), skipGenerate: true }, registerForMatchingOneStatement, 'matching-one-statement')
    .catch((error) => { console.error(error); process.exitCode = 1; });
}
