import type { FastifyRequest } from 'fastify';
import type { AuditAction } from '../../audit/types.ts';
import { audit } from '../../audit/write.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../auth/sessionUser.ts';

/**
 * NEN 7513 logs refused attempts too, so the privacy officer also sees who tried to look at a family or a
 * child. The request's own transaction is rolled back, so the refusal is recorded in one of its own.
 */
export async function recordRefusal(deps: AppDeps, request: FastifyRequest, refusal: {
  action: AuditAction; attempted: string; householdIds?: string[]; personIds?: string[];
}) {
  await deps.db.transaction().execute((tx) => audit(tx, actorOf(request), {
    action: refusal.action, purpose: 'care coordination', outcome: 'denied',
    householdIds: refusal.householdIds, personIds: refusal.personIds,
    checks: { authorisation: 'none', involvement: 'not_applicable', consent: 'not_required', emergencyAccess: false },
    details: { attempted: refusal.attempted },
  }));
}
