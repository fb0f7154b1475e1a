import { sql, type Transaction } from 'kysely';
import { hashBsn } from '../../db/bsnHash.ts';
import type { Database } from '../../db/schema.ts';
import { nameIdentity, type MatchingConfig } from '../../domain/matching.ts';
import type { HouseholdDraft } from './draft.ts';
import type { Rng } from './random.ts';

/**
 * The matching index of the demo region, set-based: what `registerForMatching` would have written had
 * every current involvement about a child and every signal about a child been registered through the API. One entry
 * per (child, professional); a child's family keys are its current parents'; two live entries of
 * different organisations match on the same child ('person') or on siblings with a shared parent
 * ('family'). Only children: matching is about young people.
 */
export async function registerDemoMatching(
  tx: Transaction<Database>, drafts: readonly HouseholdDraft[], options: { bsnKey: string; config: MatchingConfig; ids: Rng },
): Promise<{ entries: number; matches: number; matchIds: string[] }> {
  const rows: Array<Record<string, unknown>> = [];
  for (const draft of drafts) {
    const persons = new Map(draft.rows.persons.map((person) => [person.id, person]));
    const keyOf = (personId: string) => {
      const person = persons.get(personId)!;
      return person.bsn_hash ?? hashBsn(options.bsnKey, nameIdentity(person.first_name, person.last_name, String(person.birth_date)));
    };
    const current = draft.rows.members.filter((member) => member.until === null);
    const children = new Set(current.filter((member) => member.role === 'child').map((member) => member.person_id));
    const familyKeys = current.filter((member) => member.role === 'parent' || member.role === 'caregiver').map((member) => keyOf(member.person_id));
    const userOf = new Map(draft.involvedUsers.map((key) => [draft.user(key).id, draft.user(key)]));

    const wanted = new Map<string, { personId: string; userId: string; organisationId: string }>();
    const register = (userId: string, personIds: Iterable<string>) => {
      const user = userOf.get(userId);
      if (!user) return; // no longer involved: nothing to register now
      for (const personId of personIds) {
        if (children.has(personId)) wanted.set(`${personId}|${userId}`, { personId, userId, organisationId: user.organisationId });
      }
    };
    // Involvements about one child, and signals about children. (A household-wide involvement registers
    // every child through the API; the demo leaves those out, or every pair of organisations in a large
    // family would match on every pair of siblings and the matches list would be unreadable.)
    for (const involvement of draft.rows.involvements) {
      if ((involvement.until !== null && involvement.until !== undefined) || !involvement.person_id) continue;
      register(involvement.user_id, [involvement.person_id]);
    }
    const aboutSignal = new Map<string, string[]>();
    for (const link of draft.rows.signalPersons) aboutSignal.set(link.signal_id, [...(aboutSignal.get(link.signal_id) ?? []), link.person_id]);
    for (const signal of draft.rows.signals) register(signal.author_user_id, aboutSignal.get(signal.id) ?? []);

    for (const { personId, userId, organisationId } of wanted.values()) {
      const person = persons.get(personId)!;
      rows.push({
        id: options.ids.uuid(), subject_key: keyOf(personId), family_keys: familyKeys, person_id: personId, household_id: draft.id,
        user_id: userId, organisation_id: organisationId,
        expires_on: sql<string>`LEAST(current_date + make_interval(months => ${options.config.retentionMonths}), ${String(person.birth_date)}::date + make_interval(years => ${options.config.maxAgeYears}))::date`,
      });
    }
  }
  for (let start = 0; start < rows.length; start += 500) {
    await tx.insertInto('match_entries').values(rows.slice(start, start + 500) as never).execute();
  }
  // Each pair once, ordered as registerForMatching orders it (entry_a < entry_b).
  const inserted = await sql<{ id: string }>`
    INSERT INTO matches (id, basis, subject_key, entry_a, entry_b, user_a, user_b)
    SELECT gen_random_uuid(), CASE WHEN a.subject_key = b.subject_key THEN 'person' ELSE 'family' END, a.subject_key, a.id, b.id, a.user_id, b.user_id
    FROM match_entries a JOIN match_entries b ON a.id < b.id AND a.organisation_id <> b.organisation_id
      AND (a.subject_key = b.subject_key OR a.family_keys && b.family_keys)
    WHERE a.expires_on > current_date AND b.expires_on > current_date
    ON CONFLICT (entry_a, entry_b) DO NOTHING
    RETURNING id`.execute(tx);
  return { entries: rows.length, matches: inserted.rows.length, matchIds: inserted.rows.map((row) => row.id) };
}
