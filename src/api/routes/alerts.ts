import { z } from 'zod';
import { audit } from '../../audit/write.ts';
import { visibleHouseholdIds } from '../../db/queries/access.ts';
import type { Database } from '../../db/schema.ts';
import { RondomError } from '../../errors.ts';
import { actorOf, requireUser, type SessionUser } from '../auth/sessionUser.ts';
import { acknowledgeBody, idParam, type AlertView } from '../contract.ts';
import { canOnHousehold } from '../policies/household.ts';
import { authorize } from '../policies/policy.ts';
import { checksFor, inHousehold } from './households/inHousehold.ts';
import type { Routes } from './index.ts';
import type { Kysely } from 'kysely';
import { relationshipTo } from '../../db/queries/access.ts';

/** An id no household has: the relationship query then runs, and answers 'none'. */
const nowhere = '00000000-0000-0000-0000-000000000000';

const alertsQuery = z.strictObject({ includeAcknowledged: z.enum(['true', 'false']).optional() });

/** Stored pattern alerts of the given households (with who acknowledged them), newest first. */
async function loadAlerts(db: Kysely<Database>, householdIds: string[] | ReturnType<typeof visibleHouseholdIds>, includeAcknowledged: boolean): Promise<AlertView[]> {
  let query = db.selectFrom('household_alerts as a').innerJoin('households as h', 'h.id', 'a.household_id').leftJoin('users as u', 'u.id', 'a.acknowledged_by')
    .select(['a.id', 'a.household_id', 'h.name as household_name', 'a.rule', 'a.variant', 'a.severity', 'a.explanation', 'a.event_ids', 'a.person_ids',
      'a.first_seen_at', 'a.acknowledged_at', 'a.acknowledgement_note', 'u.name as acknowledged_by_name'])
    .where('a.household_id', 'in', householdIds).orderBy('a.first_seen_at', 'desc').limit(1000);
  if (!includeAcknowledged) query = query.where('a.acknowledged_at', 'is', null);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id, householdId: row.household_id, householdName: row.household_name, source: 'pattern', rule: row.rule, variant: row.variant,
    severity: row.severity, explanation: row.explanation as AlertView['explanation'], eventIds: row.event_ids, personIds: row.person_ids,
    firstSeenAt: new Date(row.first_seen_at).toISOString(),
    acknowledged: row.acknowledged_at ? { by: row.acknowledged_by_name ?? '', at: new Date(row.acknowledged_at).toISOString(), note: row.acknowledgement_note ?? '' } : null,
  }));
}

export const alertRoutes: Routes = (app, deps) => {
  app.get('/households/:id/alerts', {
    schema: { params: idParam, querystring: alertsQuery, tags: ['signals'], summary: "The family's pattern alerts, each with its explanation" },
    config: { policy: 'household.readAlerts' },
  }, async (request) => inHousehold(deps, request, request.params.id, 'readAlerts', async ({ tx, checks }) => {
    const data = await loadAlerts(tx, [request.params.id], request.query.includeAcknowledged === 'true');
    await audit(tx, actorOf(request), { action: 'alert.list', purpose: 'child safety', householdIds: [request.params.id], personIds: data.flatMap((a) => a.personIds), checks });
    return { data };
  }));

  app.get('/alerts', {
    schema: { querystring: alertsQuery, tags: ['signals'], summary: 'My alerts inbox: pattern alerts across the families I am involved in' },
    config: { policy: 'household.list', refusalAction: 'alert.list' },
  }, async (request) => {
    const user: SessionUser = requireUser(request);
    authorize(canOnHousehold(user, 'none', 'list'), 'forbidden');
    return deps.db.transaction().execute(async (tx) => {
      const data = await loadAlerts(tx, visibleHouseholdIds(tx, user), request.query.includeAcknowledged === 'true');
      await audit(tx, actorOf(request), { action: 'alert.list', purpose: 'child safety', householdIds: data.map((a) => a.householdId), personIds: data.flatMap((a) => a.personIds), checks: checksFor('involved') });
      return { data };
    });
  });

  app.post('/alerts/:id/acknowledge', {
    schema: { params: idParam, body: acknowledgeBody, tags: ['signals'], summary: 'Acknowledge an alert with a note (what was done about it)' },
    config: { policy: 'household.acknowledgeAlert' },
  }, async (request) => {
    const user = requireUser(request);
    return deps.db.transaction().execute(async (tx) => {
      const alert = await tx.selectFrom('household_alerts').select(['household_id', 'acknowledged_at']).where('id', '=', request.params.id).executeTakeFirst();
      // The same queries whether the alert exists or not: the refusal must not be quicker for a made-up id.
      const relationship = await relationshipTo(tx, user, alert?.household_id ?? nowhere);
      authorize(alert !== undefined && canOnHousehold(user, relationship, 'acknowledgeAlert'), 'not_found',
        { householdIds: alert ? [alert.household_id] : [], details: { alertId: request.params.id } });
      if (alert.acknowledged_at) throw new RondomError('ALREADY_EXISTS', 'This alert has been acknowledged already');
      await tx.updateTable('household_alerts').set({ acknowledged_by: user.id, acknowledged_at: new Date(), acknowledgement_note: request.body.note })
        .where('household_id', '=', alert.household_id).where('id', '=', request.params.id).execute();
      await audit(tx, actorOf(request), { action: 'alert.acknowledge', purpose: 'child safety', householdIds: [alert.household_id], checks: checksFor(relationship), details: { alertId: request.params.id } });
      return { id: request.params.id };
    });
  });
};
