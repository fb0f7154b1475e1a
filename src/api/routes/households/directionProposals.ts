import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { audit } from '../../../audit/write.ts';
import { decideProposal, insertProposal, lapsePendingProposals, listProposals, proposedHolder, type ProposalRow } from '../../../db/queries/directionProposals.ts';
import { loadCurrentDirection, storeDirectionDecision } from '../../../db/queries/directions.ts';
import { loadGovernance } from '../../../db/queries/governance.ts';
import { decideDirection, sameHolder } from '../../../domain/direction.ts';
import { mayDecideProposal, mayProposeHandover, type Actor, type Measure, type Regie } from '../../../domain/governance.ts';
import { RondomError } from '../../../errors.ts';
import { actorOf } from '../../auth/sessionUser.ts';
import { idParam, proposalBody, proposalDecisionBody, type DirectionProposalView } from '../../contract.ts';
import { enforce, governanceActor } from '../../policies/governance.ts';
import type { Routes } from '../index.ts';
import { checkedHolder, directionRefusal, requireRegie } from './direction.ts';
import { inHousehold, lockHousehold } from './inHousehold.ts';

const proposalParams = z.object({ id: z.uuid(), proposalId: z.uuid() });

/**
 * Proposed handovers. Only the regisseur (or their team lead) hands the direction over; anyone else involved
 * proposes, with the reason, and the regisseur or the proposed person accepts (which is the handover) or declines.
 */
export const directionProposalRoutes: Routes = (app, deps) => {
  app.post('/households/:id/direction/proposals', {
    schema: { params: idParam, body: proposalBody, tags: ['direction'], summary: 'Propose a handover of the direction, with the reason; the regisseur or the proposed person decides' },
    config: { policy: 'household.proposeHandover' },
  }, async (request, reply) => {
    const householdId = request.params.id;
    const body = request.body;
    const result = await inHousehold(deps, request, householdId, 'proposeHandover', async ({ tx, user, checks }) => {
      await lockHousehold(tx, householdId);
      const { measure, current } = await loadGovernance(tx, householdId);
      if (!current) throw directionRefusal('NO_CURRENT_DIRECTION', '');
      const to = await checkedHolder(tx, householdId, 'toUserId' in body
        ? { kind: 'user', userId: body.toUserId }
        : { kind: 'person', personId: body.toPersonId, supportedByUserId: body.supportedByUserId ?? user.id });
      if (sameHolder(current.holder, to)) throw directionRefusal('SAME_HOLDER', '');
      enforce(mayProposeHandover({ measure, current, to: await requireRegie(tx, to) }), { householdIds: [householdId], details: { command: 'propose' } });
      const pending = (await listProposals(tx, householdId)).filter((p) => p.status === 'pending');
      if (pending.some((p) => sameHolder(proposedHolder(p), to))) throw new RondomError('ALREADY_EXISTS', 'This handover has been proposed already and waits for a decision');
      const id = randomUUID();
      await insertProposal(tx, { householdId, id, to, note: body.note, proposedBy: user.id });
      await audit(tx, actorOf(request), {
        action: 'direction.propose', purpose: 'care coordination', householdIds: [householdId], personIds: to.kind === 'person' ? [to.personId] : [], checks, details: { proposalId: id },
      });
      return { id };
    });
    return reply.status(201).send(result);
  });

  app.get('/households/:id/direction/proposals', {
    schema: { params: idParam, tags: ['direction'], summary: 'Proposed handovers of the direction, open ones first, each with whether you may accept or decline it' },
    config: { policy: 'household.read', refusalAction: 'direction.proposal_list' },
  }, async (request) => inHousehold(deps, request, request.params.id, 'read', async ({ tx, user, checks }) => {
    const householdId = request.params.id;
    const rows = await listProposals(tx, householdId);
    const { measure, current } = await loadGovernance(tx, householdId);
    const data = await Promise.all(rows.map(async (row) => presentProposal(row, await abilities(row, governanceActor(user), measure, current, (h) => requireRegie(tx, h)))));
    await audit(tx, actorOf(request), {
      action: 'direction.proposal_list', purpose: 'care coordination', householdIds: [householdId],
      personIds: rows.flatMap((r) => (r.to_person_id ? [r.to_person_id] : [])), checks,
    });
    return { data };
  }));

  app.post('/households/:id/direction/proposals/:proposalId/decide', {
    schema: { params: proposalParams, body: proposalDecisionBody, tags: ['direction'], summary: 'Accept (the direction is handed over) or decline a proposed handover: the regisseur or their team lead, or the proposed person' },
    config: { policy: 'household.decideHandoverProposal' },
  }, async (request) => {
    const { id: householdId, proposalId } = request.params;
    const { decision, note } = request.body;
    return inHousehold(deps, request, householdId, 'decideHandoverProposal', async ({ tx, user, checks }) => {
      await lockHousehold(tx, householdId);
      const [proposal] = await listProposals(tx, householdId, proposalId);
      if (!proposal || proposal.status !== 'pending') throw new RondomError('NOT_FOUND', 'No open proposal with this id for this family');
      const { measure, current } = await loadGovernance(tx, householdId);
      if (!current) throw directionRefusal('NO_CURRENT_DIRECTION', '');
      const subject = { householdIds: [householdId], details: { proposalId, decision } };
      const holder = proposedHolder(proposal);
      enforce(mayDecideProposal({ actor: governanceActor(user), decision, measure, current, proposal: { proposedByUserId: proposal.proposed_by, to: await requireRegie(tx, holder) } }), subject);
      let directionId: string | null = null;
      if (decision === 'accept') {
        // Still someone who may lead (involved, a current member) at the moment of the handover.
        await checkedHolder(tx, householdId, holder);
        const direction = await loadCurrentDirection(tx, householdId);
        const handover = decideDirection(direction, { type: 'handover', id: randomUUID(), to: holder, note: note?.trim() || proposal.note, at: new Date() });
        if (!handover.ok) throw directionRefusal(handover.refusal, direction?.holderName ?? '');
        await storeDirectionDecision(tx, householdId, user.id, handover);
        directionId = handover.open!.id;
      }
      await decideProposal(tx, householdId, proposalId, { status: decision === 'accept' ? 'accepted' : 'declined', by: user.id, note: note?.trim() || '' });
      if (directionId) {
        await lapsePendingProposals(tx, householdId);
        await audit(tx, actorOf(request), { action: 'direction.handover', purpose: 'care coordination', householdIds: [householdId], checks, details: { directionId, proposalId } });
      }
      await audit(tx, actorOf(request), { action: 'direction.proposal_decide', purpose: 'care coordination', householdIds: [householdId], checks, details: { proposalId, decision } });
      return { id: proposalId, status: decision === 'accept' ? 'accepted' : 'declined', directionId };
    });
  });
};

async function abilities(row: ProposalRow, actor: Actor, measure: Measure, current: Regie | null, regie: (h: ReturnType<typeof proposedHolder>) => Promise<Regie>) {
  if (row.status !== 'pending' || !current) return { accept: false, decline: false };
  const proposal = { proposedByUserId: row.proposed_by, to: await regie(proposedHolder(row)) };
  const verdict = (decision: 'accept' | 'decline') => mayDecideProposal({ actor, decision, measure, current, proposal }).ok;
  return { accept: verdict('accept'), decline: verdict('decline') };
}

function presentProposal(row: ProposalRow, can: DirectionProposalView['can']): DirectionProposalView {
  return {
    id: row.id,
    to: {
      kind: row.to_user_id ? 'user' : 'person', userId: row.to_user_id, personId: row.to_person_id, name: row.to_name,
      supportedBy: row.supported_by_user_id ? { userId: row.supported_by_user_id, name: row.supporter_name ?? '' } : null,
    },
    note: row.note, proposedBy: { userId: row.proposed_by, name: row.proposed_by_name }, proposedAt: row.proposed_at.toISOString(), status: row.status,
    decided: row.decided_at ? { by: row.decided_by_name, at: row.decided_at.toISOString(), note: row.decision_note } : null,
    can,
  };
}
