import { sql, type Kysely } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { SessionUser } from '../../api/auth/sessionUser.ts';
import type { Database } from '../schema.ts';
import { visibleHouseholdIds } from './access.ts';
import { ageInMonthsOf, ageOf } from './householdDetail.ts';

/** Where the next page starts: the last family of this one, in the order of the list. */
export interface HouseholdCursor { attention: number; basics: number; name: string; id: string }

export interface HouseholdListOptions {
  search?: string; limit: number; after?: HouseholdCursor;
  /** Only families with an open pattern alert of this rule. */
  rule?: string;
  municipality?: string;
  /** Only families whose regisseur is the user (or is supported by the user). */
  regisseurIsMe?: boolean;
  escalationLevel?: string;
}

/**
 * "My families": every household the user may see, with what the list shows and what the alerts need,
 * what needs attention first — the most severe open pattern alert, then what is missing around the children
 * (no regisseur, a child nobody guards) — then by name; paged by cursor on that order.
 */
export function listVisibleHouseholds(db: Kysely<Database>, user: SessionUser, options: HouseholdListOptions) {
  const ranked = db.selectFrom('households as r')
    .select(['r.id', 'r.name', 'r.municipality', 'r.status', 'r.version', 'r.escalation_level'])
    .select([
      sql<number>`coalesce((SELECT max(CASE a.severity WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END) FROM household_alerts a
        WHERE a.household_id = r.id AND a.acknowledged_at IS NULL), 0)`.as('attention'),
      sql<number>`(CASE WHEN NOT EXISTS (SELECT 1 FROM directions d WHERE d.household_id = r.id AND d.until IS NULL) THEN 1 ELSE 0 END)
        + (CASE WHEN EXISTS (SELECT 1 FROM household_members m WHERE m.household_id = r.id AND m.role = 'child' AND m.until IS NULL
             AND NOT EXISTS (SELECT 1 FROM safety_guardians g WHERE g.household_id = m.household_id AND g.child_id = m.person_id AND g.until IS NULL))
           THEN 1 ELSE 0 END)`.as('basics'),
    ])
    .where('r.id', 'in', visibleHouseholdIds(db, user));
  let query = db.selectFrom(ranked.as('h'))
    .select(['h.id', 'h.name', 'h.municipality', 'h.status', 'h.version', 'h.escalation_level', 'h.attention', 'h.basics'])
    .select((eb) => [
      // Two families with the same name are told apart by where they live.
      eb.selectFrom('household_addresses as ad').select('ad.street').whereRef('ad.household_id', '=', 'h.id').where('ad.valid_until', 'is', null)
        .orderBy('ad.valid_from', 'desc').limit(1).as('street'),
      sql<boolean>`exists (select 1 from involvements i where i.household_id = h.id and i.user_id = ${user.id} and (i.until is null or i.until > current_date))`.as('involved_myself'),
      jsonArrayFrom(eb.selectFrom('household_members as m').innerJoin('persons as p', 'p.id', 'm.person_id')
        .select(['p.id', 'p.first_name', 'p.last_name', 'p.birth_date']).select(ageOf('p.birth_date').as('age')).select(ageInMonthsOf('p.birth_date').as('age_in_months'))
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
    .orderBy(sql`h.attention`, 'desc').orderBy(sql`h.basics`, 'desc').orderBy('h.name').orderBy('h.id')
    .limit(options.limit);
  if (options.search) query = query.where('h.name', 'ilike', `%${options.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
  if (options.municipality) query = query.where('h.municipality', '=', options.municipality);
  if (options.escalationLevel) query = query.where('h.escalation_level', '=', options.escalationLevel);
  if (options.rule) {
    const rule = options.rule;
    query = query.where(({ exists, selectFrom }) => exists(selectFrom('household_alerts as fa').select('fa.id')
      .whereRef('fa.household_id', '=', 'h.id').where('fa.acknowledged_at', 'is', null).where('fa.rule', '=', rule)));
  }
  if (options.regisseurIsMe) {
    query = query.where(({ exists, selectFrom }) => exists(selectFrom('directions as fd').select('fd.id')
      .whereRef('fd.household_id', '=', 'h.id').where('fd.until', 'is', null)
      .where((eb) => eb.or([eb('fd.user_id', '=', user.id), eb('fd.supported_by_user_id', '=', user.id)]))));
  }
  if (options.after) {
    const { attention, basics, name, id } = options.after;
    // Descending ranks, ascending name and id: one row comparison on the negated ranks.
    query = query.where(sql<boolean>`(-h.attention, -h.basics, h.name, h.id) > (${-attention}, ${-basics}, ${name}, ${id}::uuid)`);
  }
  return query.execute();
}
