import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import { audit } from '../../../audit/write.ts';
import { loadCurrentDirection, storeDirectionDecision } from '../../../db/queries/directions.ts';
import type { Database } from '../../../db/schema.ts';
import { lapsePendingProposals } from '../../../db/queries/directionProposals.ts';
import { loadGovernance, regieOf } from '../../../db/queries/governance.ts';
import { decideDirection, type DirectionCommand, type DirectionHolder, type DirectionRefusal } from '../../../domain/direction.ts';
import { mayAssignDirection, mayEndDirection, mayHandOverDirection, type Regie } from '../../../domain/governance.ts';
import { RondomError } from '../../../errors.ts';
import { actorOf } from '../../auth/sessionUser.ts';
import { directionBody, handoverBody, idParam } from '../../contract.ts';
import { enforce, governanceActor } from '../../policies/governance.ts';
import type { HouseholdAction } from '../../policies/household.ts';
import type { Routes } from '../index.ts';
import { inHousehold, lockHousehold, type HouseholdScope } from './inHousehold.ts';

const endBody = z.strictObject({ note: z.string().trim().min(1).max(2000) });

export const directionRoutes: Routes = (app, deps) => {
  /**
   * One command on the direction: lock the family, let the domain rule decide what changes, let the governance
   * rule decide whether this user may make that change, store, audit.
   */
  const run = (request: Parameters<typeof inHousehold>[1], householdId: string, action: HouseholdAction,
    build: (scope: HouseholdScope) => Promise<DirectionCommand>) =>
    inHousehold(deps, request, householdId, action, async (scope) => {
      await lockHousehold(scope.tx, householdId);
      const command = await build(scope);
      const current = await loadCurrentDirection(scope.tx, householdId);
      const decision = decideDirection(current, command);
      if (!decision.ok) throw directionRefusal(decision.refusal, current?.holderName ?? '');
      await checkGovernance(scope, householdId, command, current?.holderName ?? '');
      await storeDirectionDecision(scope.tx, householdId, scope.user.id, decision);
      await lapsePendingProposals(scope.tx, householdId);
      const auditAction = command.type === 'assign' ? 'direction.assign' : command.type === 'handover' ? 'direction.handover' : 'direction.end';
      await audit(scope.tx, actorOf(request), { action: auditAction, purpose: 'care coordination', householdIds: [householdId], checks: scope.checks, details: { directionId: decision.open?.id ?? decision.close?.id } });
      return { id: decision.open?.id ?? decision.close!.id, previousId: decision.close?.id ?? null };
    });

  app.put('/households/:id/direction', {
    schema: { params: idParam, body: directionBody, tags: ['direction'], summary: 'Assign the regisseur with a written mandate; 409 while one is current; under a compulsory measure only a professional of the certified institution' },
    config: { policy: 'household.assignDirection' },
  }, async (request, reply) => {
    const body = request.body;
    const result = await run(request, request.params.id, 'assignDirection', async ({ tx, user }) => ({
      type: 'assign', id: randomUUID(), mandate: body.mandate, at: new Date(),
      holder: await checkedHolder(tx, request.params.id, 'userId' in body
        ? { kind: 'user', userId: body.userId }
        : { kind: 'person', personId: body.personId, supportedByUserId: body.supportedByUserId ?? user.id }),
    }));
    return reply.status(201).send(result);
  });

  app.post('/households/:id/direction/handover', {
    schema: { params: idParam, body: handoverBody, tags: ['direction'], summary: 'Hand the direction over in one step, with a note: the regisseur or their team lead (403 for others, who propose); under a compulsory measure only within the certified institution' },
    config: { policy: 'household.handOverDirection' },
  }, async (request, reply) => {
    const body = request.body;
    const result = await run(request, request.params.id, 'handOverDirection', async ({ tx, user }) => ({
      type: 'handover', id: randomUUID(), note: body.note, mandate: body.mandate, at: new Date(),
      to: await checkedHolder(tx, request.params.id, 'toUserId' in body
        ? { kind: 'user', userId: body.toUserId }
        : { kind: 'person', personId: body.toPersonId, supportedByUserId: body.supportedByUserId ?? user.id }),
    }));
    return reply.status(201).send(result);
  });

  app.post('/households/:id/direction/end', {
    schema: { params: idParam, body: endBody, tags: ['direction'], summary: 'End the direction (for example when the family is closed), with the reason: the regisseur or their team lead; not while a compulsory measure runs and the certified institution leads' },
    config: { policy: 'household.endDirection' },
  }, async (request) => run(request, request.params.id, 'endDirection', async () => ({ type: 'end', note: request.body.note, at: new Date() })));
};

export function directionRefusal(refusal: DirectionRefusal, holderName: string): RondomError {
  if (refusal === 'DIRECTION_ALREADY_HELD') {
    return new RondomError('DIRECTION_ALREADY_HELD', `${holderName || 'Someone'} is already the regisseur of this family. There is only one regisseur at a time: use a handover to pass the direction on.`, [], { name: holderName });
  }
  if (refusal === 'NO_CURRENT_DIRECTION') return new RondomError('NO_CURRENT_DIRECTION', 'Nobody leads this family yet; assign a regisseur first');
  return new RondomError('INVALID_REFERENCE', 'This is already the current regisseur', [{ path: 'to', message: 'Same as the current regisseur' }]);
}

/** Who may make this change (src/domain/governance.ts): refused with 403 and logged like any refusal. */
async function checkGovernance({ tx, user }: HouseholdScope, householdId: string, command: DirectionCommand, holderName: string) {
  const { measure, current } = await loadGovernance(tx, householdId);
  const actor = governanceActor(user);
  const subject = { householdIds: [householdId], details: { command: command.type } };
  const params = { name: holderName };
  if (command.type === 'assign') return enforce(mayAssignDirection({ measure, to: await requireRegie(tx, command.holder) }), subject, params);
  if (!current) throw directionRefusal('NO_CURRENT_DIRECTION', holderName);
  if (command.type === 'handover') return enforce(mayHandOverDirection({ actor, measure, current, to: await requireRegie(tx, command.to) }), subject, params);
  return enforce(mayEndDirection({ actor, measure, current }), subject, params);
}

export async function requireRegie(tx: Transaction<Database>, holder: DirectionHolder): Promise<Regie> {
  const regie = await regieOf(tx, holder);
  if (!regie) throw new RondomError('INVALID_REFERENCE', 'Unknown professional', [{ path: 'userId', message: 'Unknown professional' }]);
  return regie;
}

/** A regisseur is an involved professional, or a member of the family supported by an involved professional. */
export async function checkedHolder(tx: Transaction<Database>, householdId: string, holder: DirectionHolder): Promise<DirectionHolder> {
  const isInvolved = async (userId: string) => Boolean(await tx.selectFrom('involvements').select('id')
    // An involvement that is due to end cannot carry the lead: the family would be led by an outsider after that date.
    .where('household_id', '=', householdId).where('user_id', '=', userId).where('until', 'is', null).executeTakeFirst());
  if (holder.kind === 'user') {
    if (!(await isInvolved(holder.userId))) {
      throw new RondomError('DIRECTION_REQUIRES_INVOLVEMENT', 'The regisseur must be involved in this family; add the involvement first', [{ path: 'userId', message: 'Not involved in this household' }]);
    }
    return holder;
  }
  const member = await tx.selectFrom('household_members').select('role').where('household_id', '=', householdId)
    .where('person_id', '=', holder.personId).where('until', 'is', null).executeTakeFirst();
  if (!member) throw new RondomError('NOT_A_MEMBER', 'Only a current member of the family can lead it', [{ path: 'personId', message: 'Not a member of this household' }]);
  if (!(await isInvolved(holder.supportedByUserId))) {
    throw new RondomError('DIRECTION_REQUIRES_INVOLVEMENT', 'A family member who leads is supported by an involved professional', [{ path: 'supportedByUserId', message: 'Not involved in this household' }]);
  }
  return holder;
}
