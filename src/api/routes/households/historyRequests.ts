import { z } from 'zod';
import type { Actor } from '../../../audit/types.ts';
import { audit } from '../../../audit/write.ts';
import { today } from '../../../clock.ts';
import { refreshHouseholdAlerts } from '../../../db/queries/alerts.ts';
import { loadCurrentDirection } from '../../../db/queries/directions.ts';
import { shareHistory } from '../../../db/queries/historyShares.ts';
import {
  deciderAddresses, earlierRecordsOf, incomingHistoryRequests, insertHistoryRequest, leftOn, outgoingHistoryRequests,
  pendingIncomingRequest, recordHistoryDecision, routeHistoryRequest,
} from '../../../db/queries/historyRequests.ts';
import { enqueueMail } from '../../../db/queries/mailOutbox.ts';
import { decidesHistoryRequests, historyCutOff, requestOutcome, type RequestStatus } from '../../../domain/historyRequest.ts';
import { RondomError } from '../../../errors.ts';
import { historyDecisionMail, historyRequestMail } from '../../../mail/messages.ts';
import { actorOf } from '../../auth/sessionUser.ts';
import {
  historyDecisionBody, historyRequestBody, idParam, type IncomingHistoryRequestView, type OutgoingHistoryRequestView,
} from '../../contract.ts';
import type { Routes } from '../index.ts';
import { inHousehold, lockHousehold } from './inHousehold.ts';

const personParams = z.object({ id: z.uuid(), personId: z.uuid() });
const requestParams = z.object({ id: z.uuid(), requestId: z.uuid() });
const iso = (value: Date | string) => new Date(value).toISOString();

/**
 * A child's earlier history follows it into this family only through a request that the earlier family's
 * regisseur accepts. The one who asks never learns whether, or where, an earlier family was found.
 */
export const historyRequestRoutes: Routes = (app, deps) => {
  const familyLink = (householdId: string) => `${deps.config.publicUrl}/gezinnen/${householdId}`;

  app.post('/households/:id/persons/:personId/history-requests', {
    schema: { params: personParams, body: historyRequestBody, tags: ['households'], summary: 'Ask for the earlier history of a member, decided by the regisseur of any earlier family' },
    config: { policy: 'household.requestHistory' },
  }, async (request, reply) => {
    const { id: householdId, personId } = request.params;
    const result = await inHousehold(deps, request, householdId, 'requestHistory', async ({ tx, user, checks }) => {
      // Only for a child who is in the family now: a family the child left gets nothing newer through this.
      const member = await tx.selectFrom('household_members').select('id').where('household_id', '=', householdId).where('person_id', '=', personId)
        .where('until', 'is', null).executeTakeFirst();
      if (!member) throw new RondomError('NOT_A_MEMBER', 'That person is not a current member of this household', [{ path: 'personId', message: 'Not a current member' }]);
      const batchId = await insertHistoryRequest(tx, { householdId, personId, requestedBy: user.id, reason: request.body.reason });
      await audit(tx, actorOf(request), { action: 'history.request', purpose: 'child safety', checks, householdIds: [householdId], personIds: [personId], details: { batchId } });
      return { batchId, actor: actorOf(request) };
    });
    // Which earlier families (if any) get the request is worked out after the answer, so that neither the
    // answer nor its timing tells whoever asked whether there are any.
    setImmediate(() => { void routeToEarlierFamilies(result.batchId, householdId, personId, result.actor).catch((error: unknown) => request.log.error(error, 'routing a history request failed')); });
    return reply.status(202).send({ batchId: result.batchId, status: 'pending' });
  });

  async function routeToEarlierFamilies(batchId: string, householdId: string, personId: string, actor: Actor) {
    await deps.db.transaction().execute(async (tx) => {
      const sources = await earlierRecordsOf(tx, householdId, personId);
      await routeHistoryRequest(tx, batchId, sources);
      for (const decider of await deciderAddresses(tx, sources.map((s) => s.householdId))) {
        await enqueueMail(tx, historyRequestMail(decider, familyLink(decider.household_id)));
      }
      if (sources.length > 0) {
        await audit(tx, actor, {
          action: 'history.request', purpose: 'child safety', checks: { authorisation: 'role', involvement: 'involved', consent: 'not_required', emergencyAccess: false },
          householdIds: [householdId, ...sources.map((s) => s.householdId)], personIds: [personId, ...sources.map((s) => s.personId)],
          details: { batchId, earlierFamilies: sources.length, routed: true },
        });
      }
    });
    deps.mailer?.wake();
  }

  app.get('/households/:id/history-requests', {
    schema: { params: idParam, tags: ['households'], summary: 'Requests for this family\'s records (to decide) and this family\'s own requests' },
    config: { policy: 'household.readHistoryRequests' },
  }, async (request) => inHousehold(deps, request, request.params.id, 'readHistoryRequests', async ({ tx, user, checks }) => {
    const householdId = request.params.id;
    const [incoming, outgoing, direction] = await Promise.all([
      incomingHistoryRequests(tx, householdId), outgoingHistoryRequests(tx, householdId), loadCurrentDirection(tx, householdId),
    ]);
    const incomingViews: IncomingHistoryRequestView[] = incoming.map((row) => ({
      id: row.id, status: row.status as IncomingHistoryRequestView['status'], requestedAt: iso(row.requested_at), reason: row.reason,
      requester: { name: row.requester_name, email: row.requester_email, phone: row.requester_phone, organisationName: row.requester_organisation, organisationPhone: row.requester_organisation_phone },
      askingMunicipality: row.asking_municipality,
      child: { personId: row.source_person_id, firstName: row.child_first_name, lastName: row.child_last_name, birthDate: row.child_birth_date, leftOn: row.child_left_on },
      entered: { firstName: row.entered_first_name, lastName: row.entered_last_name, birthDate: row.entered_birth_date, bsnMatches: row.bsn_matches },
      decision: row.decided_at ? { at: iso(row.decided_at), by: row.decided_by_name ?? '', note: row.decision_note ?? '' } : null,
    }));
    const batches = new Map<string, OutgoingHistoryRequestView & { statuses: RequestStatus[] }>();
    for (const row of outgoing) {
      const batch = batches.get(row.batch_id) ?? {
        batchId: row.batch_id, personId: row.person_id, requestedAt: iso(row.requested_at), requestedBy: row.requested_by_name, reason: row.reason,
        status: 'pending' as const, answers: [], statuses: [],
      };
      batch.statuses.push(row.status as RequestStatus);
      if (row.status !== 'pending' && row.decided_at) {
        // Who handed records over is part of what they handed over; who declined stays unnamed (only their note).
        const accepted = row.status === 'accepted';
        batch.answers.push({ status: row.status as 'accepted' | 'declined', at: iso(row.decided_at), by: accepted ? row.decided_by_name ?? '' : '', organisationName: accepted ? row.decided_by_organisation ?? '' : '', note: row.decision_note ?? '' });
      }
      batches.set(row.batch_id, batch);
    }
    const outgoingViews: OutgoingHistoryRequestView[] = [...batches.values()].map(({ statuses, ...batch }) => ({ ...batch, status: requestOutcome(statuses) }));
    await audit(tx, actorOf(request), {
      action: 'history.list', purpose: 'child safety', checks, householdIds: [householdId],
      personIds: [...incoming.map((r) => r.source_person_id), ...outgoingViews.map((r) => r.personId)],
    });
    return {
      data: { incoming: incomingViews, outgoing: outgoingViews },
      can: { decide: decidesHistoryRequests(direction?.holder ?? null, user.id) },
    };
  }));

  app.post('/households/:id/history-requests/:requestId/decide', {
    schema: { params: requestParams, body: historyDecisionBody, tags: ['households'], summary: 'The regisseur accepts (the records up to the day the child left follow it) or declines, with a note' },
    config: { policy: 'household.decideHistoryRequest' },
  }, async (request) => {
    const { id: householdId, requestId } = request.params;
    const result = await inHousehold(deps, request, householdId, 'decideHistoryRequest', async ({ tx, user, checks }) => {
      await lockHousehold(tx, householdId);
      const direction = await loadCurrentDirection(tx, householdId);
      if (!decidesHistoryRequests(direction?.holder ?? null, user.id)) {
        // A refusal like any other: logged (the error carries what was attempted).
        throw new RondomError('REGISSEUR_DECIDES', 'Only the regisseur of this family decides whether its records follow a child', [],
          { name: direction?.holderName ?? '' }, { householdIds: [householdId], details: { requestId } });
      }
      const pending = await pendingIncomingRequest(tx, householdId, requestId);
      if (!pending) throw new RondomError('NOT_FOUND', 'No open request with this id for this family', [], {}, { householdIds: [householdId], details: { requestId } });
      const accepted = request.body.decision === 'accept';
      const until = historyCutOff(await leftOn(tx, householdId, pending.source_person_id!), today());
      if (accepted) {
        await shareHistory(tx, {
          householdId: pending.household_id, personId: pending.person_id, sourceHouseholdId: householdId, sourcePersonId: pending.source_person_id!, until, requestId,
        });
        await refreshHouseholdAlerts(tx, pending.household_id, deps.config.patterns, today());
      }
      await recordHistoryDecision(tx, { householdId: pending.household_id, personId: pending.person_id, sourceHouseholdId: householdId, sourcePersonId: pending.source_person_id! },
        { status: accepted ? 'accepted' : 'declined', decidedBy: user.id, note: request.body.note });
      const requester = await tx.selectFrom('users').select(['email', 'name', 'disabled']).where('id', '=', pending.requested_by).executeTakeFirstOrThrow();
      if (!requester.disabled) await enqueueMail(tx, historyDecisionMail(requester, familyLink(pending.household_id)));
      await audit(tx, actorOf(request), {
        action: 'history.decide', purpose: 'child safety', checks,
        householdIds: [householdId, pending.household_id], personIds: [pending.source_person_id!, pending.person_id],
        details: { requestId, decision: request.body.decision, ...(accepted ? { until } : {}) },
      });
      return { id: requestId, status: accepted ? 'accepted' : 'declined', ...(accepted ? { until } : {}) };
    });
    deps.mailer?.wake();
    return result;
  });
};
