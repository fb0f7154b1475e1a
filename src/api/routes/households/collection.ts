import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { audit } from '../../../audit/write.ts';
import { today } from '../../../clock.ts';
import { listVisibleHouseholds, type HouseholdCursor } from '../../../db/queries/householdList.ts';
import { RondomError } from '../../../errors.ts';
import { answerFiveQuestions, isAlert } from '../../../domain/fiveQuestions.ts';
import { actorOf, requireUser } from '../../auth/sessionUser.ts';
import { householdBody, type HouseholdListItem } from '../../contract.ts';
import { canOnHousehold } from '../../policies/household.ts';
import { authorize } from '../../policies/policy.ts';
import type { Routes } from '../index.ts';
import { checksFor } from './inHousehold.ts';
import { presentDirection, toRegisseur } from './present.ts';

const noNul = (v: string) => !v.includes('\u0000');
const listQuery = z.strictObject({
  q: z.string().max(100).refine(noNul, 'Contains a NUL character').optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  /** Where the previous page ended (`nextCursor` of that page). */
  cursor: z.string().max(500).optional(),
  rule: z.string().max(60).regex(/^[a-z_]+$/).optional(),
  municipality: z.string().max(100).refine(noNul, 'Contains a NUL character').optional(),
  mine: z.enum(['true', 'false']).optional(),
  escalationLevel: z.string().max(40).regex(/^[a-z_]+$/).optional(),
});

export const householdCollectionRoutes: Routes = (app, deps) => {
  app.get('/households', {
    schema: { querystring: listQuery, tags: ['households'], summary: 'My families, what needs attention first (open pattern alerts by severity, then what is missing, then name), with the unanswered questions as alerts; filters and a cursor for the next page' },
    config: { policy: 'household.list' },
  }, async (request): Promise<{ data: HouseholdListItem[]; nextCursor: string | null }> => {
    const user = requireUser(request);
    authorize(canOnHousehold(user, 'none', 'list'), 'forbidden');
    const { q, cursor, rule, municipality, mine, escalationLevel } = request.query;
    const limit = request.query.limit ?? 500;
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    return deps.db.transaction().execute(async (tx) => {
      // One more than asked: whether there is a next page, without counting them all.
      const found = await listVisibleHouseholds(tx, user, {
        search: q, limit: limit + 1, ...(after ? { after } : {}), ...(rule ? { rule } : {}), ...(municipality ? { municipality } : {}),
        regisseurIsMe: mine === 'true', ...(escalationLevel ? { escalationLevel } : {}),
      });
      const rows = found.slice(0, limit);
      const last = rows.at(-1);
      const nextCursor = found.length > limit && last ? encodeCursor({ attention: Number(last.attention), basics: Number(last.basics), name: last.name, id: last.id }) : null;
      const data = rows.map((row): HouseholdListItem => {
        const regisseur = row.direction ? toRegisseur(presentDirection(row.direction)) : null;
        const questions = answerFiveQuestions({
          children: row.children.map((c) => ({ id: c.id, firstName: c.first_name, guardianCount: Number(c.guardian_count) })),
          adultCount: Number(row.adult_count), involvementCount: Number(row.involvement_count), networkCount: Number(row.network_count),
          regisseur: regisseur ? { name: regisseur.name, mandate: regisseur.mandate, active: regisseur.active } : null,
          openPatternAlerts: row.pattern_alerts.map((a) => ({ rule: a.rule, personIds: a.person_ids })),
        });
        return {
          id: row.id, name: row.name, municipality: row.municipality, status: row.status, version: row.version,
          escalationLevel: row.escalation_level, street: row.street ?? null,
          children: row.children.map((c) => ({ id: c.id, firstName: c.first_name, lastName: c.last_name, birthDate: c.birth_date, age: c.age, ageInMonths: c.age_in_months })),
          regisseur, alerts: questions.filter(isAlert), myRelationship: row.involved_myself ? 'involved' : 'team_lead',
          patternAlerts: row.pattern_alerts.map((a) => ({ id: a.id, rule: a.rule, severity: a.severity, explanation: a.explanation as { nl: string; en: string } })),
          historyRequestsWaiting: Number(row.history_requests_waiting),
        };
      });
      // Which families (and children) appeared in the list is itself an access to personal data.
      await audit(tx, actorOf(request), {
        action: 'household.list', purpose: 'care coordination', householdIds: data.map((h) => h.id),
        personIds: data.flatMap((h) => h.children.map((c) => c.id)),
        // One event for the whole list: say which families were seen through the team-lead relationship.
        checks: checksFor(data.some((h) => h.myRelationship === 'team_lead') ? 'team_lead' : 'involved'),
        details: { viaTeamLead: data.filter((h) => h.myRelationship === 'team_lead').map((h) => h.id) },
      });
      return { data, nextCursor };
    });
  });

  app.post('/households', {
    schema: { body: householdBody, tags: ['households'], summary: 'Register a family; whoever creates it is involved in it' },
    config: { policy: 'household.create' },
  }, async (request, reply) => {
    const user = requireUser(request);
    authorize(canOnHousehold(user, 'none', 'create'), 'forbidden');
    const { name, municipality, address } = request.body;
    const id = randomUUID();
    await deps.db.transaction().execute(async (tx) => {
      await tx.insertInto('households').values({ id, name, municipality, created_by: user.id }).execute();
      await tx.insertInto('involvements').values({
        household_id: id, id: randomUUID(), user_id: user.id, organisation_id: user.organisationId,
        reason: 'Heeft het gezin aangemeld in Rondom', domain: 'child_safety', since: today(), created_by: user.id,
      }).execute();
      if (address) {
        await tx.insertInto('household_addresses').values({
          household_id: id, id: randomUUID(), street: address.street, postcode: address.postcode ?? null, city: address.city,
          municipality, valid_from: address.since ?? today(),
        }).execute();
      }
      await audit(tx, actorOf(request), { action: 'household.create', purpose: 'care coordination', householdIds: [id], checks: { ...checksFor('none'), involvement: 'creator' } });
    });
    return reply.status(201).send({ id, version: 1 });
  });
};

/** The cursor is opaque to the client: the sort key of the last family on the page. */
function encodeCursor(cursor: HouseholdCursor): string {
  return Buffer.from(JSON.stringify([cursor.attention, cursor.basics, cursor.name, cursor.id])).toString('base64url');
}

const cursorShape = z.tuple([z.number().int().min(0).max(10), z.number().int().min(0).max(10), z.string().max(200), z.uuid()]);

function decodeCursor(value: string): HouseholdCursor {
  let parsed: unknown;
  try { parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')); } catch { parsed = null; }
  const result = cursorShape.safeParse(parsed);
  if (!result.success) throw new RondomError('VALIDATION_FAILED', 'The cursor is not one this list gave out', [{ path: 'cursor', message: 'Invalid cursor' }]);
  const [attention, basics, name, id] = result.data;
  return { attention, basics, name, id };
}
