import type { Transaction } from 'kysely';
import type { DirectionPeriod } from '../../domain/direction.ts';
import type { Database } from '../schema.ts';

export async function loadCurrentDirection(tx: Transaction<Database>, householdId: string): Promise<(DirectionPeriod & { holderName: string }) | null> {
  const row = await tx.selectFrom('directions as d').leftJoin('users as u', 'u.id', 'd.user_id').leftJoin('persons as p', 'p.id', 'd.person_id')
    .select(['d.id', 'd.user_id', 'd.person_id', 'd.supported_by_user_id', 'd.mandate', 'd.since', 'd.until', 'd.handover_note', 'u.name as user_name', 'p.first_name', 'p.last_name'])
    .where('d.household_id', '=', householdId).where('d.until', 'is', null).executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    holder: row.user_id ? { kind: 'user', userId: row.user_id } : { kind: 'person', personId: row.person_id!, supportedByUserId: row.supported_by_user_id! },
    mandate: row.mandate, since: new Date(row.since), until: null, handoverNote: row.handover_note,
    holderName: row.user_name ?? `${row.first_name ?? ''} ${row.last_name ?? ''}`.trim(),
  };
}

export async function storeDirectionDecision(
  tx: Transaction<Database>, householdId: string, assignedBy: string,
  decision: { close: { id: string; until: Date; handoverNote: string } | null; open: DirectionPeriod | null },
) {
  if (decision.close) {
    await tx.updateTable('directions').set({ until: decision.close.until, handover_note: decision.close.handoverNote })
      .where('household_id', '=', householdId).where('id', '=', decision.close.id).execute();
  }
  if (decision.open) {
    const { holder } = decision.open;
    await tx.insertInto('directions').values({
      household_id: householdId, id: decision.open.id, mandate: decision.open.mandate, since: decision.open.since, assigned_by: assignedBy,
      user_id: holder.kind === 'user' ? holder.userId : null,
      person_id: holder.kind === 'person' ? holder.personId : null,
      supported_by_user_id: holder.kind === 'person' ? holder.supportedByUserId : null,
    }).execute();
  }
}
