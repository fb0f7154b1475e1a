import { sql, type Transaction } from 'kysely';
import { hashBsn } from '../../db/bsnHash.ts';
import type { Database } from '../../db/schema.ts';
import { contextFrom, householdsOf, involvedAmong } from '../../db/queries/matching.ts';
import { nameIdentity, usefulMatches, type MatchingConfig } from '../../domain/matching.ts';
import type { HouseholdDraft } from './draft.ts';
import type { Rng } from './random.ts';

/**
 * The matching index of the demo region, set-based: what `registerForMatching` would have written had
 * every current involvement about a child and every signal about a child been registered through the API. One entry
 * per (child, professional); a child's family keys are its current parents'; two live entries of
 * different organisations match on the same child ('person') or on siblings with a shared parent
 * ('family'), unless the two professionals already work together in a household of either child. Only children:
 * matching is about young people.
 */
export async function registerDemoMatching(
  tx: Transaction<Database>, drafts: readonly HouseholdDraft[], options: { bsnKey: string; config: MatchingConfig; ids: Rng },
): Promise<{ entries: number; matches: number; matchIds: string[] }> {
  const rows: Array<Record<string, unknown>> = [];
  // A child who lives in two households (co-parenting) has one record, made by one of them.
  const persons = new Map(drafts.flatMap((draft) => draft.rows.persons.map((person) => [person.id, person] as const)));
  for (const draft of drafts) {
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
  // Each pair once, ordered as registerForMatching orders it (entry_a < entry_b), and only between professionals who do
  // not already work together on the person (alreadyWorkTogether in src/domain/matching.ts).
  const candidates = (await sql<{
    a: string; b: string; user_a: string; user_b: string; person_a: string; person_b: string; basis: 'person' | 'family'; subject_key: string;
    households_a: string[]; households_b: string[]; involved_a: string[]; involved_b: string[];
  }>`
    SELECT a.id AS a, b.id AS b, a.user_id AS user_a, b.user_id AS user_b, a.person_id AS person_a, b.person_id AS person_b,
      CASE WHEN a.subject_key = b.subject_key THEN 'person' ELSE 'family' END AS basis, a.subject_key,
      ha.households AS households_a, hb.households AS households_b,
      ${involvedAmong(sql`a.user_id`, sql`ha.households || hb.households`)} AS involved_a,
      ${involvedAmong(sql`b.user_id`, sql`ha.households || hb.households`)} AS involved_b
    FROM match_entries a JOIN match_entries b ON a.id < b.id AND a.organisation_id <> b.organisation_id
      AND (a.subject_key = b.subject_key OR a.family_keys && b.family_keys)
    CROSS JOIN LATERAL (SELECT ${householdsOf(sql`a.person_id`)} AS households) ha
    CROSS JOIN LATERAL (SELECT ${householdsOf(sql`b.person_id`)} AS households) hb
    WHERE a.expires_on > current_date AND b.expires_on > current_date`.execute(tx)).rows;
  const useful = usefulMatches(candidates.map((c) => ({
    basis: c.basis, subject_key: c.subject_key,
    a: { entryId: c.a, userId: c.user_a, personId: c.person_a }, b: { entryId: c.b, userId: c.user_b, personId: c.person_b },
  })), contextFrom(candidates.map((c) => ({
    persons: [[c.person_a, c.households_a], [c.person_b, c.households_b]], professionals: [[c.user_a, c.involved_a], [c.user_b, c.involved_b]],
  }))));
  const matchIds: string[] = [];
  for (let start = 0; start < useful.length; start += 500) {
    const inserted = await tx.insertInto('matches').values(useful.slice(start, start + 500).map((m) => ({
      id: options.ids.uuid(), basis: m.basis, subject_key: m.subject_key, entry_a: m.a.entryId, entry_b: m.b.entryId, user_a: m.a.userId, user_b: m.b.userId,
    }))).onConflict((oc) => oc.columns(['entry_a', 'entry_b']).doNothing()).returning('id').execute();
    matchIds.push(...inserted.map((row) => row.id));
  }
  return { entries: rows.length, matches: matchIds.length, matchIds };
}
