import { sql, type Kysely } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { SessionUser } from '../../api/auth/sessionUser.ts';
import type { Database } from '../schema.ts';
import { visibleHouseholdIds } from './access.ts';
import { ageOf } from './householdDetail.ts';

/** "My families": every household the user may see, with what the list shows and what the alerts need. */
export function listVisibleHouseholds(db: Kysely<Database>, user: SessionUser, options: { search?: string; limit: number }) {
  let query = db.selectFrom('households as h')
    .select(['h.id', 'h.name', 'h.municipality', 'h.status', 'h.version'])
    .select((eb) => [
      sql<boolean>`exists (select 1 from involvements i where i.household_id = h.id and i.user_id = ${user.id} and (i.until is null or i.until > current_date))`.as('involved_myself'),
      jsonArrayFrom(eb.selectFrom('household_members as m').innerJoin('persons as p', 'p.id', 'm.person_id')
        .select(['p.id', 'p.first_name', 'p.last_name', 'p.birth_date']).select(ageOf('p.birth_date').as('age'))
        .select((inner) => inner.selectFrom('safety_guardians as g').select((c) => c.fn.countAll<string>().as('n'))
          .whereRef('g.household_id', '=', 'm.household_id').whereRef('g.child_id', '=', 'p.id').where('g.until', 'is', null).as('guardian_count'))
        .whereRef('m.household_id', '=', 'h.id').where('m.role', '=', 'child').where('m.until', 'is', null).orderBy('p.birth_date')).as('children'),
      jsonObjectFrom(eb.selectFrom('directions as d')
        .leftJoin('users as du', 'du.id', 'd.user_id').leftJoin('organisations as dorg', 'dorg.id', 'du.organisation_id')
        .leftJoin('persons as dp', 'dp.id', 'd.person_id').leftJoin('users as su', 'su.id', 'd.supported_by_user_id')
        .select(['d.id', 'd.user_id', 'd.person_id', 'd.supported_by_user_id', 'd.mandate', 'd.since', 'd.until', 'd.handover_note',
          'du.name as user_name', 'dorg.name as organisation_name', 'dp.first_name as person_first_name', 'dp.last_name as person_last_name', 'su.name as supporter_name',
          // A deactivated account cannot lead: the family then has no regisseur who can act.
          sql<boolean>`coalesce(du.disabled, su.disabled, false)`.as('holder_deactivated')])
        .whereRef('d.household_id', '=', 'h.id').where('d.until', 'is', null)).as('direction'),
      eb.selectFrom('household_members as m').select((c) => c.fn.countAll<string>().as('n'))
        .whereRef('m.household_id', '=', 'h.id').where('m.role', '!=', 'child').where('m.until', 'is', null).as('adult_count'),
      eb.selectFrom('involvements as i').select((c) => c.fn.countAll<string>().as('n'))
        .whereRef('i.household_id', '=', 'h.id').where(sql<boolean>`(i.until is null or i.until > current_date)`).as('involvement_count'),
      jsonArrayFrom(eb.selectFrom('household_alerts as a').select(['a.id', 'a.rule', 'a.severity', 'a.explanation', 'a.person_ids'])
        .whereRef('a.household_id', '=', 'h.id').where('a.acknowledged_at', 'is', null).orderBy('a.first_seen_at', 'desc')).as('pattern_alerts'),
      eb.selectFrom('network_members as n').select((c) => c.fn.countAll<string>().as('n'))
        .whereRef('n.household_id', '=', 'h.id').where('n.until', 'is', null).as('network_count'),
      // Requests for this family's records about a child, waiting for its regisseur (a child asked for twice counts once).
      sql<string>`(SELECT count(DISTINCT (r.household_id, r.person_id, r.source_person_id)) FROM history_requests r
        WHERE r.source_household_id = h.id AND r.status = 'pending')`.as('history_requests_waiting'),
    ])
    .where('h.id', 'in', visibleHouseholdIds(db, user))
    .orderBy('h.name').limit(options.limit);
  if (options.search) query = query.where('h.name', 'ilike', `%${options.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
  return query.execute();
}
