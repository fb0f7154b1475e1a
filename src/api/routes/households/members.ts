import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { audit } from '../../../audit/write.ts';
import { today } from '../../../clock.ts';
import { hashBsn } from '../../../db/bsnHash.ts';
import { bsnDisplaySuffix, isValidBsn } from '../../../domain/bsn.ts';
import { RondomError } from '../../../errors.ts';
import { actorOf } from '../../auth/sessionUser.ts';
import { idParam, leaveBody, moveBody, personBody, safetyGuardianBody } from '../../contract.ts';
import type { Routes } from '../index.ts';
import { inHousehold, lockHousehold } from './inHousehold.ts';
import { sql } from 'kysely';
import { registerForMatching } from '../../../db/queries/matching.ts';

const personParams = z.object({ id: z.uuid(), personId: z.uuid() });

export const memberRoutes: Routes = (app, deps) => {
  app.post('/households/:id/persons', {
    schema: { params: idParam, body: personBody, tags: ['households'], summary: 'Add a child or adult to the family (BSN optional, checked with the eleven-test)' },
    config: { policy: 'household.addPerson' },
  }, async (request, reply) => {
    const { bsn, firstName, lastName, birthDate, role, school, relation, since } = request.body;
    if (bsn !== undefined && !isValidBsn(bsn.replace(/\s/g, ''))) {
      throw new RondomError('VALIDATION_FAILED', 'Not a valid citizen service number (BSN)', [{ path: 'bsn', message: 'Fails the eleven-test' }]);
    }
    const cleanBsn = bsn?.replace(/\s/g, '');
    const householdId = request.params.id;
    const result = await inHousehold(deps, request, householdId, 'addPerson', async ({ tx, checks }) => {
      await lockHousehold(tx, householdId);
      // Always a record of this family's own. A citizen number (or name and birth date) typed here never opens
      // another family's records: it links the person for matching only, which tells the professionals on both
      // sides who the other is ("known elsewhere — contact X"). Earlier history follows only through a request
      // that the earlier family's regisseur accepts.
      const personId = randomUUID();
      await tx.insertInto('persons').values({
        id: personId, first_name: firstName, last_name: lastName, birth_date: birthDate,
        bsn_hash: cleanBsn ? hashBsn(deps.secrets.bsnKey, cleanBsn) : null, bsn_last3: cleanBsn ? bsnDisplaySuffix(cleanBsn) : null, school: school ?? null,
      }).execute();
      const memberId = randomUUID();
      await tx.insertInto('household_members').values({
        household_id: householdId, id: memberId, person_id: personId, role, relation: relation ?? null, since: since ?? today(),
      }).execute();
      // Everyone involved with the family has a concern about its children: register the new child for each of them.
      const matches: string[] = [];
      if (role === 'child') {
        const involved = await tx.selectFrom('involvements').select(['user_id', 'organisation_id']).distinct().where('household_id', '=', householdId)
          .where(sql<boolean>`(until IS NULL OR until > current_date)`).execute();
        for (const professional of involved) {
          matches.push(...await registerForMatching(tx, { householdId, personIds: [personId], userId: professional.user_id, organisationId: professional.organisation_id, bsnKey: deps.secrets.bsnKey, config: deps.config.matching }));
        }
      }
      await audit(tx, actorOf(request), { action: 'person.add', purpose: 'care coordination', householdIds: [householdId], personIds: [personId], checks, details: { role, withBsn: Boolean(cleanBsn) } });
      if (matches.length > 0) await audit(tx, actorOf(request), { action: 'match.create', purpose: 'matching', personIds: [personId], checks, details: { matchIds: matches } });
      return { id: personId, memberId, newMatches: matches.length };
    });
    return reply.status(201).send(result);
  });

  app.post('/households/:id/persons/:personId/guardians', {
    schema: { params: personParams, body: safetyGuardianBody, tags: ['households'], summary: 'Name who guards this child\'s safety: an involved professional or someone from the network' },
    config: { policy: 'household.setGuardian' },
  }, async (request, reply) => {
    const { id: householdId, personId } = request.params;
    const result = await inHousehold(deps, request, householdId, 'setGuardian', async ({ tx, checks }) => {
      const child = await tx.selectFrom('household_members').select('id').where('household_id', '=', householdId)
        .where('person_id', '=', personId).where('role', '=', 'child').where('until', 'is', null).executeTakeFirst();
      if (!child) throw new RondomError('NOT_A_MEMBER', 'Only a child of this household can have a safety guardian', [{ path: 'personId', message: 'Not a current child of this household' }]);
      const body = request.body;
      if ('userId' in body) {
        const involved = await tx.selectFrom('involvements').select('id').where('household_id', '=', householdId).where('user_id', '=', body.userId)
          .where(sql<boolean>`(until is null or until > current_date)`).executeTakeFirst();
        if (!involved) throw new RondomError('INVALID_REFERENCE', 'The guardian must be a professional involved in this family', [{ path: 'userId', message: 'Not involved in this household' }]);
      } else {
        const member = await tx.selectFrom('network_members').select('id').where('household_id', '=', householdId).where('id', '=', body.networkMemberId).executeTakeFirst();
        if (!member) throw new RondomError('INVALID_REFERENCE', 'Unknown network member', [{ path: 'networkMemberId', message: 'Not in this family\'s network' }]);
      }
      const id = randomUUID();
      await tx.insertInto('safety_guardians').values({
        household_id: householdId, id, child_id: personId, user_id: 'userId' in body ? body.userId : null,
        network_member_id: 'networkMemberId' in body ? body.networkMemberId : null, since: today(),
      }).execute();
      await audit(tx, actorOf(request), { action: 'safety_guardian.set', purpose: 'child safety', householdIds: [householdId], personIds: [personId], checks });
      return { id };
    });
    return reply.status(201).send(result);
  });

  app.post('/households/:id/persons/:personId/leave', {
    schema: { params: personParams, body: leaveBody, tags: ['households'], summary: 'A member leaves the household; the membership ends on that date and stays in the history' },
    config: { policy: 'household.addPerson', refusalAction: 'person.leave' },
  }, async (request) => {
    const { id: householdId, personId } = request.params;
    return inHousehold(deps, request, householdId, 'addPerson', async ({ tx, checks }) => {
      await lockHousehold(tx, householdId);
      const leads = await tx.selectFrom('directions').select('id').where('household_id', '=', householdId).where('person_id', '=', personId).where('until', 'is', null).executeTakeFirst();
      if (leads) throw new RondomError('REGISSEUR_MUST_HAND_OVER', 'This family member leads the family; hand the direction over before they leave the household');
      const until = request.body.until ?? today();
      const ended = await tx.updateTable('household_members').set({ until })
        .where('household_id', '=', householdId).where('person_id', '=', personId).where('until', 'is', null).returning('id').executeTakeFirst();
      if (!ended) throw new RondomError('NOT_A_MEMBER', 'This person is not a current member of the household', [{ path: 'personId', message: 'Not a current member' }]);
      await tx.updateTable('safety_guardians').set({ until }).where('household_id', '=', householdId).where('child_id', '=', personId).where('until', 'is', null).execute();
      await audit(tx, actorOf(request), { action: 'person.leave', purpose: 'care coordination', householdIds: [householdId], personIds: [personId], checks, details: { until } });
      return { id: ended.id, until };
    });
  });

  app.post('/households/:id/moves', {
    schema: { params: idParam, body: moveBody, tags: ['households'], summary: 'Record a move: the old address ends, the new one starts; nothing is overwritten' },
    config: { policy: 'household.move' },
  }, async (request, reply) => {
    const { street, postcode, city, municipality, since } = request.body;
    const result = await inHousehold(deps, request, request.params.id, 'move', async ({ tx, checks }) => {
      await lockHousehold(tx, request.params.id);
      await tx.updateTable('household_addresses').set({ valid_until: since })
        .where('household_id', '=', request.params.id).where('valid_until', 'is', null).execute();
      const id = randomUUID();
      await tx.insertInto('household_addresses').values({ household_id: request.params.id, id, street, postcode: postcode ?? null, city, municipality, valid_from: since }).execute();
      await tx.updateTable('households').set({ municipality, version: sql`version + 1`, updated_at: sql`now()` }).where('id', '=', request.params.id).execute();
      await audit(tx, actorOf(request), { action: 'address.move', purpose: 'care coordination', householdIds: [request.params.id], checks, details: { municipality } });
      return { id };
    });
    return reply.status(201).send(result);
  });
};
