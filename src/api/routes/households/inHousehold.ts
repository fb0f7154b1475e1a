import type { FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import type { AccessChecks } from '../../../audit/types.ts';
import { relationshipTo } from '../../../db/queries/access.ts';
import type { Database } from '../../../db/schema.ts';
import type { AppDeps } from '../../app.ts';
import { requireUser, type SessionUser } from '../../auth/sessionUser.ts';
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
  return deps.db.transaction().execute(async (tx) => {
    const relationship = await relationshipTo(tx, user, householdId);
    // A household that does not exist answers 'none' too: refused, and logged, the same way.
    authorize(canOnHousehold(user, relationship, action), 'not_found', { householdIds: [householdId] });
    return work({ tx, user, relationship, checks: checksFor(relationship) });
  });
}

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
