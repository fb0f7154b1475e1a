import { randomUUID } from 'node:crypto';
import { audit } from '../../../audit/write.ts';
import { today } from '../../../clock.ts';
import { refreshHouseholdAlerts } from '../../../db/queries/alerts.ts';
import { householdsSharingFrom } from '../../../db/queries/historyShares.ts';
import { registerForMatching } from '../../../db/queries/matching.ts';
import { RondomError } from '../../../errors.ts';
import { actorOf } from '../../auth/sessionUser.ts';
import { idParam, signalBody } from '../../contract.ts';
import type { Routes } from '../index.ts';
import { inHousehold, lockHousehold } from './inHousehold.ts';

export const signalRoutes: Routes = (app, deps) => {
  app.post('/households/:id/signals', {
    schema: { params: idParam, body: signalBody, tags: ['signals'], summary: 'Register a signal about one or more persons; re-evaluates the patterns and matches across organisations' },
    config: { policy: 'household.registerSignal' },
  }, async (request, reply) => {
    const householdId = request.params.id;
    const { personIds, kind, observedAt, severity, note, details } = request.body;
    const result = await inHousehold(deps, request, householdId, 'registerSignal', async ({ tx, user, checks }) => {
      await lockHousehold(tx, householdId); // two signals at once must not both add the same new alert
      const members = await tx.selectFrom('household_members').select('person_id').where('household_id', '=', householdId)
        .where('person_id', 'in', personIds).where('until', 'is', null).execute();
      const missing = personIds.filter((id) => !members.some((m) => m.person_id === id));
      if (missing.length > 0) {
        throw new RondomError('NOT_A_MEMBER', 'A signal is about current members of this household', missing.map((id) => ({ path: `personIds.${personIds.indexOf(id)}`, message: 'Not a current member' })));
      }
      const id = randomUUID();
      await tx.insertInto('signals').values({
        household_id: householdId, id, kind, observed_at: observedAt, severity: severity ?? 'medium', note: note || null,
        details: JSON.stringify(details ?? {}), author_user_id: user.id, author_organisation_id: user.organisationId,
      }).execute();
      await tx.insertInto('signal_persons').values([...new Set(personIds)].map((personId) => ({ household_id: householdId, signal_id: id, person_id: personId }))).execute();
      const alerts = await refreshHouseholdAlerts(tx, householdId, deps.config.patterns, today());
      // Families this family's records about these persons are shared with (until today) count it too.
      for (const other of await householdsSharingFrom(tx, householdId, personIds, today())) await refreshHouseholdAlerts(tx, other, deps.config.patterns, today());
      const matches = await registerForMatching(tx, { householdId, personIds, userId: user.id, organisationId: user.organisationId, bsnKey: deps.secrets.bsnKey, config: deps.config.matching });
      await audit(tx, actorOf(request), { action: 'signal.create', purpose: 'child safety', householdIds: [householdId], personIds, checks, details: { signalId: id, kind } });
      if (matches.length > 0) await audit(tx, actorOf(request), { action: 'match.create', purpose: 'matching', personIds, checks, details: { matchIds: matches } });
      return { id, newAlerts: alerts.added, newMatches: matches.length };
    });
    return reply.status(201).send(result);
  });
};
