import { sql } from 'kysely';
import { audit } from '../../audit/write.ts';
import { systemChecks, type Actor } from '../../audit/types.ts';
import { organisationHasIdentityProvider } from '../../db/queries/identityProviders.ts';
import { rolesRequiringTotp, type Role } from '../../domain/roles.ts';
import { mustLogInThroughProvider } from '../../domain/singleSignOn.ts';
import { RondomError } from '../../errors.ts';
import { checkCurrentPassword } from '../auth/currentPassword.ts';
import { establishSession, recordLoginFailure } from '../auth/login.ts';
import { hashPassword, verifyAccountPassword } from '../auth/passwords.ts';
import { matchSealedTotp } from '../auth/secondFactor.ts';
import { actorOf, requestIdsOf, requireUser, type SessionUser } from '../auth/sessionUser.ts';
import { UnknownAccountLockout } from '../auth/unknownAccountLockout.ts';
import { loginBody, passwordChangeBody, type SessionResponse } from '../contract.ts';
import type { Routes } from './index.ts';

export const sessionRoutes: Routes = (app, deps) => {
  const { lockout } = deps.config;
  const unknownAccounts = new UnknownAccountLockout(lockout.maxFailures, lockout.minutes);

  app.post('/session', {
    schema: { body: loginBody, tags: ['session'], summary: 'Log in (email, password, and the 6-digit code when a second factor is set up)' },
    config: { policy: 'public', rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
  }, async (request, reply): Promise<SessionResponse> => {
    // A Secure cookie is not kept by the browser over plain http: the login would seem to work and then not.
    if (deps.config.secureCookies && request.protocol !== 'https') {
      throw new RondomError('INSECURE_CONNECTION', 'Log in over https: this server only sends its session cookie over a secure connection');
    }
    const { email, password, totp } = request.body;
    const account = await deps.db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
    // The password is always verified first, so neither the answer nor its timing tells whether the account exists.
    const passwordOk = await verifyAccountPassword(account?.password_hash, password);
    const locked = account ? Boolean(account.locked_until && new Date(account.locked_until) > new Date()) : unknownAccounts.isLocked(email.toLowerCase());
    if (locked) {
      throw new RondomError('ACCOUNT_LOCKED', `Too many failed attempts; try again after ${lockout.minutes} minutes`, [], { minutes: lockout.minutes });
    }
    const failActor: Actor = { userId: account?.id ?? null, roles: account?.roles ?? [], organisationId: account?.organisation_id ?? null, sessionId: null, ip: request.ip, ...requestIdsOf(request) };
    // Where the organisation has an identity provider, its professionals log in there; a password is refused
    // here exactly like a wrong one, so the answer does not tell how an address logs in.
    const viaProviderOnly = account !== undefined && mustLogInThroughProvider(
      { roles: account.roles, totpRequired: account.totp_required, hasTotpSecret: account.totp_secret !== null },
      await organisationHasIdentityProvider(deps.db, account.organisation_id));
    if (!account || !passwordOk || viaProviderOnly) {
      if (!account) unknownAccounts.recordFailure(email.toLowerCase());
      await recordFailure(account?.id, failActor, 'password', viaProviderOnly ? { reason: 'identity_provider' } : {});
      throw new RondomError('LOGIN_FAILED', 'Email address or password is not correct');
    }
    if (account.disabled) {
      // Only whoever knows the password hears that the account is switched off, and whom to ask.
      await recordLoginFailure(deps, { actor: failActor, details: { factor: 'password', reason: 'deactivated' } });
      throw new RondomError('ACCOUNT_DEACTIVATED', 'This account has been deactivated; ask your administrator');
    }
    if (!account.totp_secret && !deps.config.demo && account.roles.some((role) => rolesRequiringTotp.includes(role as Role))) {
      // Administrators and privacy officers never get in without one: a new activation link sets one up.
      throw new RondomError('TOTP_REQUIRED', 'This role needs a second factor; ask another administrator for a new activation link');
    }
    if (account.totp_secret) {
      if (!totp) throw new RondomError('TOTP_REQUIRED', 'Enter the 6-digit code from your authenticator app');
      const step = matchSealedTotp(deps.secrets.encryptionKey, account.totp_secret, totp);
      // Claiming the step in one conditional UPDATE also settles two logins racing with the same code.
      const claimed = step !== null && await deps.db.updateTable('users').set({ totp_last_step: String(step) }).where('id', '=', account.id)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', String(step))])).returning('id').executeTakeFirst();
      if (!claimed) {
        await recordFailure(account.id, failActor, 'totp');
        throw new RondomError('TOTP_INVALID', 'The code is not correct or has expired');
      }
    }
    // A second factor the administrator required after activation: the session opens only the page that sets it up.
    const { csrfToken } = await establishSession(deps, request, reply, { userId: account.id });
    return presentSession(requireUser(request), csrfToken);
  });

  app.get('/session', {
    schema: { tags: ['session'], summary: 'Who is logged in, with a fresh CSRF token' },
    config: { policy: 'authenticated' },
  }, async (request, reply): Promise<SessionResponse> => {
    return presentSession(requireUser(request), reply.generateCsrf());
  });

  app.post('/session/password', {
    schema: { body: passwordChangeBody, tags: ['session'], summary: 'Choose a new password (required after a start password from the administrator)' },
    config: { policy: 'authenticated', rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const user = requireUser(request);
    const { currentPassword, newPassword } = request.body;
    // Guessing the current password with a stolen session counts towards the same lockout as logging in.
    await checkCurrentPassword(deps, request, user.id, currentPassword);
    const passwordHash = await hashPassword(newPassword);
    await deps.db.transaction().execute(async (tx) => {
      await tx.updateTable('users').set({ password_hash: passwordHash, password_change_required: false }).where('id', '=', user.id).execute();
      // Other sessions of this account were opened with the old password: they end now.
      await tx.deleteFrom('sessions').where(sql<boolean>`data->>'userId' = ${user.id}`).where('sid', '!=', request.session.sessionId).execute();
      await audit(tx, actorOf(request), { action: 'session.password_change', purpose: 'authentication', checks: systemChecks });
    });
    return reply.status(204).send();
  });

  app.delete('/session', {
    schema: { tags: ['session'], summary: 'Log out' },
    config: { policy: 'authenticated' },
  }, async (request, reply) => {
    requireUser(request);
    await deps.db.transaction().execute((tx) => audit(tx, actorOf(request), { action: 'session.logout', purpose: 'authentication', checks: systemChecks }));
    await request.session.destroy();
    return reply.status(204).send();
  });

  async function recordFailure(userId: string | undefined, actor: Actor, factor: 'password' | 'totp' | 'password_change', details: Record<string, unknown> = {}) {
    await recordLoginFailure(deps, { actor, ...(userId ? { countTowardsLockout: userId } : {}), details: { factor, ...details } });
  }
  function presentSession(user: SessionUser, csrfToken: string): SessionResponse {
    return {
      user: { id: user.id, email: user.email, name: user.name, roles: user.roles, organisationId: user.organisationId, organisationName: user.organisationName },
      csrfToken, passwordChangeRequired: user.passwordChangeRequired,
      secondFactorSetupRequired: !deps.config.demo && user.secondFactorMissing, hasSecondFactor: user.hasSecondFactor,
    };
  }
};
