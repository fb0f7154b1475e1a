import { sql, type Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database } from '../schema.ts';

/** Age in whole years, computed by the database's calendar arithmetic. */
export const ageOf = (column: string) => sql<number>`date_part('year', age(current_date, ${sql.ref(column)}))::int`;
/** Whole months of age: a baby's age is said in months. */
export const ageInMonthsOf = (column: string) =>
  sql<number>`(date_part('year', age(current_date, ${sql.ref(column)})) * 12 + date_part('month', age(current_date, ${sql.ref(column)})))::int`;

/**
 * Everything the family page shows, in one round trip: members with their safety guardians, addresses,
 * involvements with organisation and contact, the informal network and the direction history.
 */
export function loadHouseholdDetailRow(db: Kysely<Database>, householdId: string) {
  return db.selectFrom('households as h')
    .select(['h.id', 'h.name', 'h.municipality', 'h.status', 'h.escalation_level', 'h.version'])
    .select((eb) => [
      jsonArrayFrom(eb.selectFrom('household_members as m').innerJoin('persons as p', 'p.id', 'm.person_id')
        .select(['p.id', 'm.id as member_id', 'p.first_name', 'p.last_name', 'p.birth_date', 'm.role', 'm.relation', 'p.school', 'p.bsn_last3', 'm.since', 'm.until'])
        .select(ageOf('p.birth_date').as('age')).select(ageInMonthsOf('p.birth_date').as('age_in_months'))
        .whereRef('m.household_id', '=', 'h.id').orderBy('p.birth_date')).as('members'),
      jsonArrayFrom(eb.selectFrom('safety_guardians as g')
        .leftJoin('users as gu', 'gu.id', 'g.user_id').leftJoin('organisations as go', 'go.id', 'gu.organisation_id')
        .leftJoin('network_members as gn', (join) => join.onRef('gn.household_id', '=', 'g.household_id').onRef('gn.id', '=', 'g.network_member_id'))
        .select(['g.id', 'g.child_id', 'g.user_id', 'g.network_member_id', 'gu.name as user_name', 'go.name as organisation_name', 'gn.name as network_name', 'gn.relation as network_relation'])
        .whereRef('g.household_id', '=', 'h.id').where('g.until', 'is', null)).as('guardians'),
      jsonArrayFrom(eb.selectFrom('household_addresses as a')
        .select(['a.id', 'a.street', 'a.postcode', 'a.city', 'a.municipality', 'a.valid_from', 'a.valid_until'])
        .whereRef('a.household_id', '=', 'h.id').orderBy('a.valid_from', 'desc')).as('addresses'),
      jsonArrayFrom(eb.selectFrom('involvements as i').innerJoin('users as u', 'u.id', 'i.user_id').innerJoin('organisations as o', 'o.id', 'i.organisation_id')
        .select(['i.id', 'i.user_id', 'u.name', 'u.email', 'u.phone', 'i.organisation_id', 'o.name as organisation_name', 'o.kind as organisation_kind', 'i.reason', 'i.domain', 'i.person_id', 'i.since', 'i.until'])
        .whereRef('i.household_id', '=', 'h.id').orderBy('i.since')).as('involvements'),
      jsonArrayFrom(eb.selectFrom('network_members as n')
        .select(['n.id', 'n.name', 'n.relation', 'n.does_what', 'n.contact', 'n.since', 'n.until'])
        .whereRef('n.household_id', '=', 'h.id').orderBy('n.since')).as('network'),
      jsonArrayFrom(eb.selectFrom('directions as d')
        .leftJoin('users as du', 'du.id', 'd.user_id').leftJoin('organisations as dorg', 'dorg.id', 'du.organisation_id')
        .leftJoin('persons as dp', 'dp.id', 'd.person_id').leftJoin('users as su', 'su.id', 'd.supported_by_user_id')
        .select(['d.id', 'd.user_id', 'd.person_id', 'd.supported_by_user_id', 'd.mandate', 'd.since', 'd.until', 'd.handover_note',
          'du.name as user_name', 'dorg.name as organisation_name', 'dp.first_name as person_first_name', 'dp.last_name as person_last_name', 'su.name as supporter_name',
          // A deactivated account cannot lead: the family then has no regisseur who can act.
          sql<boolean>`coalesce(du.disabled, su.disabled, false)`.as('holder_deactivated')])
        .whereRef('d.household_id', '=', 'h.id').orderBy('d.since', 'desc')).as('directions'),
      jsonArrayFrom(eb.selectFrom('household_alerts as a').select(['a.rule', 'a.person_ids'])
        .whereRef('a.household_id', '=', 'h.id').where('a.acknowledged_at', 'is', null)).as('open_alerts'),
    ])
    .where('h.id', '=', householdId)
    .executeTakeFirst();
}

export type HouseholdDetailRow = NonNullable<Awaited<ReturnType<typeof loadHouseholdDetailRow>>>;
