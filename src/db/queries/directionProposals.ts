import type { Transaction } from 'kysely';
import type { DirectionHolder } from '../../domain/direction.ts';
import type { Database } from '../schema.ts';

export interface ProposalRow {
  id: string; to_user_id: string | null; to_person_id: string | null; supported_by_user_id: string | null; note: string;
  proposed_by: string; proposed_at: Date; status: 'pending' | 'accepted' | 'declined' | 'lapsed';
  decided_by: string | null; decided_at: Date | null; decision_note: string | null;
  to_name: string; proposed_by_name: string; decided_by_name: string | null; supporter_name: string | null;
}

export const proposedHolder = (row: Pick<ProposalRow, 'to_user_id' | 'to_person_id' | 'supported_by_user_id'>): DirectionHolder =>
  row.to_user_id ? { kind: 'user', userId: row.to_user_id } : { kind: 'person', personId: row.to_person_id!, supportedByUserId: row.supported_by_user_id! };

export async function insertProposal(tx: Transaction<Database>, proposal: { householdId: string; id: string; to: DirectionHolder; note: string; proposedBy: string }) {
  await tx.insertInto('direction_proposals').values({
    household_id: proposal.householdId, id: proposal.id, note: proposal.note, proposed_by: proposal.proposedBy,
    to_user_id: proposal.to.kind === 'user' ? proposal.to.userId : null,
    to_person_id: proposal.to.kind === 'person' ? proposal.to.personId : null,
    supported_by_user_id: proposal.to.kind === 'person' ? proposal.to.supportedByUserId : null,
  }).execute();
}

/** Proposals of one family, pending first, then the most recent decided ones (at most 50: the history stays in the audit trail). */
export async function listProposals(tx: Transaction<Database>, householdId: string, onlyId?: string): Promise<ProposalRow[]> {
  let query = tx.selectFrom('direction_proposals as dp')
    .leftJoin('users as tu', 'tu.id', 'dp.to_user_id').leftJoin('persons as tp', 'tp.id', 'dp.to_person_id')
    .leftJoin('users as su', 'su.id', 'dp.supported_by_user_id')
    .innerJoin('users as pb', 'pb.id', 'dp.proposed_by').leftJoin('users as db', 'db.id', 'dp.decided_by')
    .select(['dp.id', 'dp.to_user_id', 'dp.to_person_id', 'dp.supported_by_user_id', 'dp.note', 'dp.proposed_by', 'dp.proposed_at', 'dp.status',
      'dp.decided_by', 'dp.decided_at', 'dp.decision_note', 'tu.name as to_user_name', 'tp.first_name', 'tp.last_name',
      'pb.name as proposed_by_name', 'db.name as decided_by_name', 'su.name as supporter_name'])
    .where('dp.household_id', '=', householdId)
    .orderBy((eb) => eb.case().when('dp.status', '=', 'pending').then(0).else(1).end())
    .orderBy('dp.proposed_at', 'desc').limit(50);
  if (onlyId) query = query.where('dp.id', '=', onlyId);
  const rows = await query.execute();
  return rows.map(({ to_user_name, first_name, last_name, ...row }) => ({
    ...row, proposed_at: new Date(row.proposed_at), decided_at: row.decided_at ? new Date(row.decided_at) : null,
    to_name: to_user_name ?? `${first_name ?? ''} ${last_name ?? ''}`.trim(),
  }));
}

export async function decideProposal(tx: Transaction<Database>, householdId: string, id: string, decision: { status: 'accepted' | 'declined'; by: string; note: string }) {
  await tx.updateTable('direction_proposals').set({ status: decision.status, decided_by: decision.by, decided_at: new Date(), decision_note: decision.note })
    .where('household_id', '=', householdId).where('id', '=', id).where('status', '=', 'pending').execute();
}

/** When the direction changes, the proposals still open were about a situation that is gone: they lapse. */
export async function lapsePendingProposals(tx: Transaction<Database>, householdId: string) {
  await tx.updateTable('direction_proposals').set({ status: 'lapsed', decided_at: new Date() })
    .where('household_id', '=', householdId).where('status', '=', 'pending').execute();
}
