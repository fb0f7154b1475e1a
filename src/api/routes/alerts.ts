import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { audit } from '../../audit/write.ts';
import { visibleHouseholdIds } from '../../db/queries/access.ts';
import { alertGovernance, insertAlertNote, notesOfAlerts } from '../../db/queries/alertNotes.ts';
import { loadGovernance } from '../../db/queries/governance.ts';
import { acknowledgingUserId, mayAcknowledgeAlert } from '../../domain/governance.ts';
import type { Database } from '../../db/schema.ts';
import { RondomError } from '../../errors.ts';
import { actorOf, requireUser, type SessionUser } from '../auth/sessionUser.ts';
import { acknowledgeBody, alertNoteBody, idParam, type AlertView } from '../contract.ts';
import { enforce, governanceActor } from '../policies/governance.ts';
import { canOnHousehold } from '../policies/household.ts';
import { authorize } from '../policies/policy.ts';
import { checksFor, inHousehold } from './households/inHousehold.ts';
import type { Routes } from './index.ts';
import type { Kysely } from 'kysely';
import { relationshipTo } from '../../db/queries/access.ts';

/** An id no household has: the relationship query then runs, and answers 'none'. */
const nowhere = '00000000-0000-0000-0000-000000000000';

const alertsQuery = z.strictObject({ includeAcknowledged: z.enum(['true', 'false']).optional() });

/**
 * Stored pattern alerts of the given households (with who acknowledged them and the notes on them), newest
 * first, each with what this user may do with it.
 */
async function loadAlerts(db: Kysely<Database>, user: SessionUser, householdIds: string[] | ReturnType<typeof visibleHouseholdIds>, includeAcknowledged: boolean): Promise<AlertView[]> {
  let query = db.selectFrom('household_alerts as a').innerJoin('households as h', 'h.id', 'a.household_id').leftJoin('users as u', 'u.id', 'a.acknowledged_by')
    .select(['a.id', 'a.household_id', 'h.name as household_name', 'a.rule', 'a.variant', 'a.severity', 'a.explanation', 'a.event_ids', 'a.person_ids',
      'a.first_seen_at', 'a.acknowledged_at', 'a.acknowledgement_note', 'u.name as acknowledged_by_name'])
    .where('a.household_id', 'in', householdIds).orderBy('a.first_seen_at', 'desc').limit(1000);
  if (!includeAcknowledged) query = query.where('a.acknowledged_at', 'is', null);
  const rows = await query.execute();
  const notes = await notesOfAlerts(db, rows.map((row) => row.id));
  const { leads, involvedIn } = await alertGovernance(db, rows.map((row) => row.household_id), user.id);
  const actor = governanceActor(user);
  return rows.map((row) => ({
    id: row.id, householdId: row.household_id, householdName: row.household_name, source: 'pattern', rule: row.rule, variant: row.variant,
    severity: row.severity, explanation: row.explanation as AlertView['explanation'], eventIds: row.event_ids, personIds: row.person_ids,
    firstSeenAt: new Date(row.first_seen_at).toISOString(),
    acknowledged: row.acknowledged_at ? { by: row.acknowledged_by_name ?? '', at: new Date(row.acknowledged_at).toISOString(), note: row.acknowledgement_note ?? '' } : null,
    notes: notes.filter((n) => n.alert_id === row.id).map((n) => ({ id: n.id, by: n.author_name, at: new Date(n.created_at).toISOString(), note: n.note })),
    can: {
      acknowledge: !row.acknowledged_at && involvedIn.has(row.household_id)
        && mayAcknowledgeAlert({ actor, actorInvolved: true, regisseurUserId: leads.get(row.household_id) ?? null }).ok,
      addNote: involvedIn.has(row.household_id),
    },
  }));
}

/** The alert and how the user relates to its family; the same queries whether it exists or not (no quicker refusal for a made-up id). */
async function alertInScope(tx: Kysely<Database>, user: SessionUser, alertId: string) {
  const alert = await tx.selectFrom('household_alerts').select(['household_id', 'acknowledged_at']).where('id', '=', alertId).executeTakeFirst();
  const relationship = await relationshipTo(tx, user, alert?.household_id ?? nowhere);
  return { alert, relationship };
}

export const alertRoutes: Routes = (app, deps) => {
  app.get('/households/:id/alerts', {
    schema: { params: idParam, querystring: alertsQuery, tags: ['signals'], summary: "The family's pattern alerts, each with its explanation" },
    config: { policy: 'household.readAlerts' },
  }, async (request) => inHousehold(deps, request, request.params.id, 'readAlerts', async ({ tx, checks }) => {
    const data = await loadAlerts(tx, requireUser(request), [request.params.id], request.query.includeAcknowledged === 'true');
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
      const data = await loadAlerts(tx, user, visibleHouseholdIds(tx, user), request.query.includeAcknowledged === 'true');
      await audit(tx, actorOf(request), { action: 'alert.list', purpose: 'child safety', householdIds: data.map((a) => a.householdId), personIds: data.flatMap((a) => a.personIds), checks: checksFor('involved') });
      return { data };
    });
  });

  app.post('/alerts/:id/acknowledge', {
    schema: { params: idParam, body: acknowledgeBody, tags: ['signals'], summary: "Acknowledge an alert with a note (what was done about it): the family's regisseur; without one, anyone involved (403 for others, who add a note)" },
    config: { policy: 'household.acknowledgeAlert' },
  }, async (request) => {
    const user = requireUser(request);
    return deps.db.transaction().execute(async (tx) => {
      const { alert, relationship } = await alertInScope(tx, user, request.params.id);
      const subject = { householdIds: alert ? [alert.household_id] : [], details: { alertId: request.params.id } };
      authorize(alert !== undefined && canOnHousehold(user, relationship, 'acknowledgeAlert'), 'not_found', subject);
      const { current } = await loadGovernance(tx, alert.household_id);
      enforce(mayAcknowledgeAlert({ actor: governanceActor(user), actorInvolved: relationship === 'involved', regisseurUserId: acknowledgingUserId(current) }),
        subject, { name: current ? await holderName(tx, alert.household_id) : '' });
      if (alert.acknowledged_at) throw new RondomError('ALREADY_EXISTS', 'This alert has been acknowledged already');
      // Two people handling it at the same moment: the second is told, and the first one's note stays.
      const handled = await tx.updateTable('household_alerts').set({ acknowledged_by: user.id, acknowledged_at: new Date(), acknowledgement_note: request.body.note })
        .where('household_id', '=', alert.household_id).where('id', '=', request.params.id).where('acknowledged_at', 'is', null).returning('id').executeTakeFirst();
      if (!handled) throw new RondomError('ALREADY_EXISTS', 'This alert has been acknowledged already');
      await audit(tx, actorOf(request), { action: 'alert.acknowledge', purpose: 'child safety', householdIds: [alert.household_id], checks: checksFor(relationship), details: { alertId: request.params.id } });
      return { id: request.params.id };
    });
  });

  app.post('/alerts/:id/notes', {
    schema: { params: idParam, body: alertNoteBody, tags: ['signals'], summary: 'Add a note to an alert (anyone involved); it is kept and shown with the alert, and does not close it' },
    config: { policy: 'household.addAlertNote' },
  }, async (request, reply) => {
    const user = requireUser(request);
    const result = await deps.db.transaction().execute(async (tx) => {
      const { alert, relationship } = await alertInScope(tx, user, request.params.id);
      authorize(alert !== undefined && canOnHousehold(user, relationship, 'addAlertNote'), 'not_found',
        { householdIds: alert ? [alert.household_id] : [], details: { alertId: request.params.id } });
      const id = randomUUID();
      await insertAlertNote(tx, { householdId: alert.household_id, id, alertId: request.params.id, authorUserId: user.id, note: request.body.note });
      await audit(tx, actorOf(request), { action: 'alert.note', purpose: 'child safety', householdIds: [alert.household_id], checks: checksFor(relationship), details: { alertId: request.params.id, noteId: id } });
      return { id };
    });
    return reply.status(201).send(result);
  });
};

async function holderName(tx: Kysely<Database>, householdId: string): Promise<string> {
  const row = await tx.selectFrom('directions as d').leftJoin('users as u', 'u.id', 'd.user_id').leftJoin('persons as p', 'p.id', 'd.person_id')
    .select(['u.name', 'p.first_name', 'p.last_name']).where('d.household_id', '=', householdId).where('d.until', 'is', null).executeTakeFirst();
  return row?.name ?? `${row?.first_name ?? ''} ${row?.last_name ?? ''}`.trim();
}
