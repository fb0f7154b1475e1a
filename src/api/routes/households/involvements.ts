import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import { audit } from '../../../audit/write.ts';
import { today } from '../../../clock.ts';
import { loadGovernance, loadProfessionals } from '../../../db/queries/governance.ts';
import { registerForMatching } from '../../../db/queries/matching.ts';
import { mayEndInvolvement } from '../../../domain/governance.ts';
import { caseRoles } from '../../../domain/roles.ts';
import { RondomError } from '../../../errors.ts';
import { actorOf } from '../../auth/sessionUser.ts';
import { endInvolvementBody, idParam, involvementBody } from '../../contract.ts';
import { enforce, governanceActor } from '../../policies/governance.ts';
import type { Routes } from '../index.ts';
import { inHousehold, lockHousehold } from './inHousehold.ts';

const involvementParams = z.object({ id: z.uuid(), involvementId: z.uuid() });

export const involvementRoutes: Routes = (app, deps) => {
  app.post('/households/:id/involvements', {
    schema: { params: idParam, body: involvementBody, tags: ['households'], summary: 'Add a professional who is involved, with the reason and domain' },
    config: { policy: 'household.addInvolvement' },
  }, async (request, reply) => {
    const { userId, reason, domain, personId, since } = request.body;
    const householdId = request.params.id;
    const result = await inHousehold(deps, request, householdId, 'addInvolvement', async ({ tx, checks }) => {
      // Parallel identical requests: one at a time per family, so the check below sees the one before
      // (a partial unique index backs it up).
      await lockHousehold(tx, householdId);
      const professional = await tx.selectFrom('users').select(['id', 'organisation_id', 'roles', 'disabled']).where('id', '=', userId).executeTakeFirst();
      if (!professional || professional.disabled || !professional.roles.some((r) => (caseRoles as readonly string[]).includes(r))) {
        throw new RondomError('INVALID_REFERENCE', 'Only an active professional can be involved', [{ path: 'userId', message: 'Unknown or not a professional' }]);
      }
      if (personId) {
        const member = await tx.selectFrom('household_members').select('id').where('household_id', '=', householdId).where('person_id', '=', personId).executeTakeFirst();
        if (!member) throw new RondomError('NOT_A_MEMBER', 'That person is not a member of this household', [{ path: 'personId', message: 'Not a member' }]);
      }
      const current = await tx.selectFrom('involvements').select('id').where('household_id', '=', householdId).where('user_id', '=', userId)
        .where(sql<boolean>`(until is null or until > current_date)`).executeTakeFirst();
      if (current) throw new RondomError('ALREADY_EXISTS', 'This professional is already involved in the household');
      const id = randomUUID();
      await tx.insertInto('involvements').values({
        household_id: householdId, id, user_id: userId, organisation_id: professional.organisation_id, person_id: personId ?? null,
        reason, domain, since: since ?? today(), created_by: request.user!.id,
      }).execute();
      // An involvement is a concern about the family's children too: register it for matching.
      const concerned = personId ? [personId] : (await tx.selectFrom('household_members').select('person_id').where('household_id', '=', householdId)
        .where('role', '=', 'child').where('until', 'is', null).execute()).map((m) => m.person_id);
      const matches = await registerForMatching(tx, { householdId, personIds: concerned, userId, organisationId: professional.organisation_id, bsnKey: deps.secrets.bsnKey, config: deps.config.matching });
      if (matches.length > 0) await audit(tx, actorOf(request), { action: 'match.create', purpose: 'matching', personIds: concerned, checks, details: { matchIds: matches } });
      await audit(tx, actorOf(request), { action: 'involvement.add', purpose: 'care coordination', householdIds: [householdId], personIds: personId ? [personId] : [], checks, details: { userId, domain } });
      return { id };
    });
    return reply.status(201).send(result);
  });

  app.post('/households/:id/involvements/:involvementId/end', {
    schema: { params: involvementParams, body: endInvolvementBody, tags: ['households'], summary: 'End an involvement: the professional themselves, the regisseur, or their team lead (403 for others); the regisseur must hand over first' },
    config: { policy: 'household.endInvolvement' },
  }, async (request) => {
    const { id: householdId, involvementId } = request.params;
    return inHousehold(deps, request, householdId, 'endInvolvement', async ({ tx, user, checks }) => {
      await lockHousehold(tx, householdId);
      const involvement = await tx.selectFrom('involvements').select(['id', 'user_id', 'until']).where('household_id', '=', householdId).where('id', '=', involvementId).executeTakeFirst();
      if (!involvement || involvement.until !== null) throw new RondomError('NOT_FOUND', 'No current involvement with this id');
      // Their own, as regisseur anyone's, as team lead their team member's (src/domain/governance.ts).
      const { current } = await loadGovernance(tx, householdId);
      const involved = (await loadProfessionals(tx, [involvement.user_id])).get(involvement.user_id)!;
      enforce(mayEndInvolvement({ actor: governanceActor(user), involved, current }), { householdIds: [householdId], details: { involvementId } });
      const leads = await tx.selectFrom('directions').select('id').where('household_id', '=', householdId).where('until', 'is', null)
        .where((eb) => eb.or([eb('user_id', '=', involvement.user_id), eb('supported_by_user_id', '=', involvement.user_id)])).executeTakeFirst();
      if (leads) throw new RondomError('REGISSEUR_MUST_HAND_OVER', 'This professional leads or supports the direction; hand the direction over before ending the involvement');
      const until = request.body.until ?? today();
      await tx.updateTable('involvements').set({ until }).where('household_id', '=', householdId).where('id', '=', involvementId).execute();
      await audit(tx, actorOf(request), { action: 'involvement.end', purpose: 'care coordination', householdIds: [householdId], checks, details: { involvementId } });
      return { id: involvementId, until };
    });
  });
};
