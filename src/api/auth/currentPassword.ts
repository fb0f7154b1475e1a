import type { FastifyRequest } from 'fastify';
import { RondomError } from '../../errors.ts';
import type { AppDeps } from '../app.ts';
import { recordLoginFailure } from './login.ts';
import { verifyAccountPassword } from './passwords.ts';
import { actorOf } from './sessionUser.ts';

/**
 * A signed-in person proves again that it is them (the current password) before a change that decides who
 * can get into the account: a new password, a second factor, another e-mail address. A wrong guess counts
 * towards the same lockout as a failed login, and is logged.
 */
export async function checkCurrentPassword(deps: AppDeps, request: FastifyRequest, userId: string, currentPassword: string) {
  const { lockout } = deps.config;
  const account = await deps.db.selectFrom('users').select(['password_hash', 'locked_until']).where('id', '=', userId).executeTakeFirstOrThrow();
  if (account.locked_until && new Date(account.locked_until) > new Date()) {
    throw new RondomError('ACCOUNT_LOCKED', `Too many failed attempts; try again after ${lockout.minutes} minutes`, [], { minutes: lockout.minutes });
  }
  if (!(await verifyAccountPassword(account.password_hash, currentPassword))) {
    await recordLoginFailure(deps, { actor: actorOf(request), countTowardsLockout: userId, details: { factor: 'current_password', route: request.routeOptions.url } });
    throw new RondomError('PASSWORD_INCORRECT', 'The current password is not correct', [{ path: 'currentPassword', message: 'Not correct' }]);
  }
}
