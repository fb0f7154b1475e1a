import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { nameIdentity, type MatchingConfig } from '../../domain/matching.ts';
import { hashBsn } from '../bsnHash.ts';
import type { Database } from '../schema.ts';

export interface MatchRegistration {
  householdId: string; personIds: string[]; userId: string; organisationId: string; bsnKey: string; config: MatchingConfig;
}

/**
 * Registers that this professional has a concern about these persons, and finds other organisations with a
 * live entry for the same person (or, for a child, a sibling through a shared parent). Returns the new matches.
 */
export async function registerForMatching(tx: Transaction<Database>, registration: MatchRegistration): Promise<string[]> {
  const { householdId, personIds, userId, organisationId, bsnKey, config } = registration;
  if (personIds.length === 0) return [];
  const persons = await tx.selectFrom('persons as p')
    .leftJoin('household_members as m', (join) => join.onRef('m.person_id', '=', 'p.id').on('m.household_id', '=', householdId).on('m.until', 'is', null))
    .select(['p.id', 'p.first_name', 'p.last_name', 'p.birth_date', 'p.bsn_hash', 'm.role'])
    .where('p.id', 'in', personIds).execute();
  const parents = await tx.selectFrom('household_members as m').innerJoin('persons as p', 'p.id', 'm.person_id')
    .select(['p.first_name', 'p.last_name', 'p.birth_date', 'p.bsn_hash'])
    .where('m.household_id', '=', householdId).where('m.role', 'in', ['parent', 'caregiver']).where('m.until', 'is', null).execute();
  const subjectKey = (p: { first_name: string; last_name: string; birth_date: string; bsn_hash: string | null }) =>
    p.bsn_hash ?? hashBsn(bsnKey, nameIdentity(p.first_name, p.last_name, p.birth_date));
  const parentKeys = parents.map(subjectKey);

  const created: string[] = [];
  for (const person of persons) {
    const key = subjectKey(person);
    const familyKeys = person.role === 'child' ? parentKeys : [];
    const expires = sql<string>`LEAST(current_date + make_interval(months => ${config.retentionMonths}), ${person.birth_date}::date + make_interval(years => ${config.maxAgeYears}))::date`;
    const entry = await tx.insertInto('match_entries').values({
      id: randomUUID(), subject_key: key, family_keys: familyKeys, person_id: person.id, household_id: householdId,
      user_id: userId, organisation_id: organisationId, expires_on: expires,
    }).onConflict((conflict) => conflict.columns(['subject_key', 'user_id']).doUpdateSet({
      last_registered_at: sql`now()`, expires_on: expires, family_keys: familyKeys, household_id: householdId, person_id: person.id,
    })).returning(['id', 'expires_on']).executeTakeFirstOrThrow();
    if (entry.expires_on <= (await currentDate(tx))) continue; // 23 or older: nothing matches any more

    const others = await tx.selectFrom('match_entries').select(['id', 'user_id', 'subject_key'])
      .where('organisation_id', '!=', organisationId).where('expires_on', '>', sql<string>`current_date`)
      // Professionals who already work together in this family know each other: a match would be noise.
      .where('user_id', 'not in', tx.selectFrom('involvements').select('user_id').where('household_id', '=', householdId)
        .where(sql<boolean>`(until IS NULL OR until > current_date)`))
      .where((eb) => eb.or([
        eb('subject_key', '=', key),
        ...(familyKeys.length > 0 ? [eb('family_keys', '&&', sql<string[]>`${familyKeys}::text[]`)] : []),
      ])).execute();
    for (const other of others) {
      const [entryA, entryB] = [entry.id, other.id].sort() as [string, string];
      const inserted = await tx.insertInto('matches').values({
        id: randomUUID(), basis: other.subject_key === key ? 'person' : 'family', subject_key: key,
        entry_a: entryA, entry_b: entryB, user_a: entryA === entry.id ? userId : other.user_id, user_b: entryA === entry.id ? other.user_id : userId,
      }).onConflict((conflict) => conflict.columns(['entry_a', 'entry_b']).doNothing()).returning('id').executeTakeFirst();
      if (inserted) created.push(inserted.id);
    }
  }
  return created;
}

async function currentDate(tx: Transaction<Database>): Promise<string> {
  const result = await sql<{ today: string }>`SELECT current_date AS today`.execute(tx);
  return result.rows[0]!.today;
}
