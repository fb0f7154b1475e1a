import type { FastifyReply, FastifyRequest } from 'fastify';
import { sql, type Transaction } from 'kysely';
import { audit } from '../../audit/write.ts';
import { systemChecks, type Actor } from '../../audit/types.ts';
import type { Database } from '../../db/schema.ts';
import type { AppDeps } from '../app.ts';
import { loadSessionUser } from './loadSessionUser.ts';
import { actorOf } from './sessionUser.ts';

/**
 * What every way of logging in shares once the person is known: a fresh session (a new id prevents
 * session fixation), a CSRF token bound to it, the failure count reset, and `session.login` in the audit
 * trail, in the same transaction as whatever the login itself changes (`alsoInTransaction`).
 */
export async function establishSession(deps: AppDeps, request: FastifyRequest, reply: FastifyReply, options: {
  userId: string; details?: Record<string, unknown>; alsoInTransaction?: (tx: Transaction<Database>) => Promise<void>;
}): Promise<{ csrfToken: string }> {
  const { userId, details, alsoInTransaction } = options;
  await request.session.regenerate();
  request.session.userId = userId;
  const csrfToken = reply.generateCsrf();
  request.user = await loadSessionUser(deps.db, userId);
  await deps.db.transaction().execute(async (tx) => {
    await tx.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', userId).execute();
    await alsoInTransaction?.(tx);
    await audit(tx, actorOf(request), { action: 'session.login', purpose: 'authentication', checks: systemChecks, ...(details ? { details } : {}) });
  });
  return { csrfToken };
}

/**
 * A refused login, logged as `session.login_failed`. `countTowardsLockout` names the account whose
 * failure count goes up (guessing a password or code); a refusal by the identity provider's route counts
 * nothing, as nothing was guessed.
 */
export async function recordLoginFailure(deps: AppDeps, options: { actor: Actor; countTowardsLockout?: string; details: Record<string, unknown> }) {
  const { lockout } = deps.config;
  await deps.db.transaction().execute(async (tx) => {
    if (options.countTowardsLockout) {
      await tx.updateTable('users').set({
        failed_logins: sql`failed_logins + 1`,
        locked_until: sql`CASE WHEN failed_logins + 1 >= ${lockout.maxFailures} THEN now() + make_interval(mins => ${lockout.minutes}) ELSE NULL END`,
      }).where('id', '=', options.countTowardsLockout).execute();
    }
    await audit(tx, options.actor, { action: 'session.login_failed', purpose: 'authentication', outcome: 'denied', checks: systemChecks, details: options.details });
  });
}
