import type { FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import type { AccessChecks, AuditAction } from '../../../audit/types.ts';
import { relationshipTo } from '../../../db/queries/access.ts';
import type { Database } from '../../../db/schema.ts';
import type { AppDeps } from '../../app.ts';
import { requireUser, type SessionUser } from '../../auth/sessionUser.ts';
import { recordRefusal } from '../recordRefusal.ts';
import { canOnHousehold, type HouseholdAction } from '../../policies/household.ts';
import { authorize, type Relationship } from '../../policies/policy.ts';

export interface HouseholdScope { tx: Transaction<Database>; user: SessionUser; relationship: Relationship; checks: AccessChecks }

/**
 * The common steps of every household-scoped handler: authenticate, open a transaction, find how the user
 * relates to the household, authorise (404 for outsiders), then run the work — which stores and audits in
 * the same transaction.
 */
export async function inHousehold<T>(
  deps: AppDeps, request: FastifyRequest, householdId: string, action: HouseholdAction,
  work: (scope: HouseholdScope) => Promise<T>,
): Promise<T> {
  const user = requireUser(request);
  let refused = false;
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const relationship = await relationshipTo(tx, user, householdId);
      refused = !canOnHousehold(user, relationship, action);
      authorize(!refused);
      return work({ tx, user, relationship, checks: checksFor(relationship) });
    });
  } catch (error) {
    if (refused) {
      await recordRefusal(deps, request, {
        action: action === 'list' || action === 'create' ? 'household.read' : auditedAs[action], attempted: action, householdIds: [householdId],
      });
    }
    throw error;
  }
}

/** The audit action a refused attempt is logged under: what the person tried to do. */
const auditedAs: Record<Exclude<HouseholdAction, 'list' | 'create'>, AuditAction> = {
  read: 'household.read', readTimeline: 'timeline.read', readAlerts: 'alert.list', update: 'household.update',
  addPerson: 'person.add', addInvolvement: 'involvement.add', endInvolvement: 'involvement.end', addNetwork: 'network.add',
  setGuardian: 'safety_guardian.set', move: 'address.move', registerSignal: 'signal.create', acknowledgeAlert: 'alert.acknowledge',
  assignDirection: 'direction.assign', handOverDirection: 'direction.handover', endDirection: 'direction.end',
};

export function checksFor(relationship: Relationship): AccessChecks {
  return {
    authorisation: 'role',
    involvement: relationship === 'none' ? 'not_applicable' : relationship,
    consent: 'not_required',
    emergencyAccess: false,
  };
}

/** Lock the household row so commands on one family (direction, version) run one after the other. */
export async function lockHousehold(tx: Transaction<Database>, householdId: string) {
  return tx.selectFrom('households').select(['id', 'version']).where('id', '=', householdId).forUpdate().executeTakeFirstOrThrow();
}
