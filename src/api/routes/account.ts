import type { FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { audit } from '../../audit/write.ts';
import { systemChecks, type Actor } from '../../audit/types.ts';
import { findUsableToken, issueAccountToken, markTokenUsed, setPendingSecondFactor, type UsableToken } from '../../db/queries/accountTokens.ts';
import { endSessionsOf } from '../../db/queries/accounts.ts';
import { enqueueMail } from '../../db/queries/mailOutbox.ts';
import { organisationHasIdentityProvider } from '../../db/queries/identityProviders.ts';
import { mustLogInThroughProvider } from '../../domain/singleSignOn.ts';
import { RondomError } from '../../errors.ts';
import { passwordResetMail } from '../../mail/messages.ts';
import { recordLoginFailure } from '../auth/login.ts';
import { hashPassword } from '../auth/passwords.ts';
import { matchSealedTotp, newSecondFactor, openTotpSecret, secondFactorRequired } from '../auth/secondFactor.ts';
import { totpUri } from '../auth/totp.ts';
import { passwordResetRequestBody, tokenBody, tokenCompleteBody, type TokenInspection } from '../contract.ts';
import type { Routes } from './index.ts';
import { queueActivation, tokenLink } from './users/invite.ts';

const invalidToken = () => new RondomError('TOKEN_INVALID', 'This link has expired or has been used; ask for a new one');

/** The account owner acts here, not the (anonymous) browser session: the audit names them. */
const ownerActor = (request: FastifyRequest, token: UsableToken): Actor => ({
  userId: token.user_id, roles: token.roles, organisationId: null, sessionId: null, ip: request.ip,
});

/**
 * The owner's side of activation and of a forgotten password: the link from the mail opens a page that
 * shows whose account it is, and sets up the second factor where one is needed, then the owner chooses
 * the password. Nobody else ever sees the password or the second factor's secret.
 */
export const accountRoutes: Routes = (app, deps) => {
  const limited = { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' };

  app.post('/account/token', {
    schema: { body: tokenBody, tags: ['session'], summary: 'What an activation or password link opens: whose account, and the second factor to set up' },
    config: { policy: 'public', rateLimit: limited },
  }, async (request): Promise<TokenInspection> => {
    const token = await findUsableToken(deps.db, request.body.token);
    if (!token) throw invalidToken();
    let secondFactorSetup: TokenInspection['secondFactorSetup'] = null;
    if (token.purpose === 'activation' && secondFactorRequired(token, deps.config.demo)) {
      // The same secret each time the page is opened, until it is confirmed with a code.
      if (token.pending_totp_secret) {
        const secret = openTotpSecret(deps.secrets.encryptionKey, token.pending_totp_secret);
        secondFactorSetup = { secret, uri: totpUri(token.email, secret) };
      } else {
        const fresh = newSecondFactor(deps.secrets.encryptionKey, token.email);
        await setPendingSecondFactor(deps.db, token.id, fresh.sealed);
        secondFactorSetup = { secret: fresh.secret, uri: fresh.uri };
      }
    }
    return {
      purpose: token.purpose, name: token.name, email: token.email, organisationName: token.organisation_name, secondFactorSetup,
      secondFactorCode: token.purpose === 'password_reset' && token.totp_secret !== null,
    };
  });

  app.post('/account/token/complete', {
    schema: { body: tokenCompleteBody, tags: ['session'], summary: 'Activate the account, or set a new password, with the one-time link: the owner chooses the password' },
    config: { policy: 'public', rateLimit: limited },
  }, async (request, reply) => {
    const { password, totp } = request.body;
    const passwordHash = await hashPassword(password); // slow on purpose; before any row is locked
    // A wrong code is counted towards the account's lockout once the transaction has ended (one connection).
    let wrongCodeFor: { userId: string; actor: Actor } | null = null;
    await deps.db.transaction().execute(async (tx) => {
      const token = await findUsableToken(tx, request.body.token, true);
      if (!token) throw invalidToken();
      if (token.locked_until && new Date(token.locked_until) > new Date()) {
        throw new RondomError('ACCOUNT_LOCKED', `Too many failed attempts; try again after ${deps.config.lockout.minutes} minutes`, [], { minutes: deps.config.lockout.minutes });
      }
      const codeProblem = (message: string) => {
        wrongCodeFor = { userId: token.user_id, actor: ownerActor(request, token) };
        return new RondomError('TOTP_INVALID', message, [{ path: 'totp', message }]);
      };
      if (token.purpose === 'activation') {
        const needsSecondFactor = secondFactorRequired(token, deps.config.demo);
        let totpSecret: string | null = null;
        let usedStep: number | null = null;
        if (needsSecondFactor) {
          if (!token.pending_totp_secret) throw codeProblem('Open the link again to set up the second factor');
          usedStep = totp ? matchSealedTotp(deps.secrets.encryptionKey, token.pending_totp_secret, totp) : null;
          if (usedStep === null) throw codeProblem('The code is not correct or has expired');
          totpSecret = token.pending_totp_secret;
        }
        await tx.updateTable('users').set({
          password_hash: passwordHash, activated_at: sql`now()`, password_change_required: false, failed_logins: 0, locked_until: null,
          // The code just used cannot log in a second time.
          ...(totpSecret ? { totp_secret: totpSecret, totp_last_step: String(usedStep) } : {}),
        }).where('id', '=', token.user_id).execute();
        await markTokenUsed(tx, token.id);
        // Whatever session existed for this account before its owner activated it is not theirs: it ends.
        await endSessionsOf(tx, token.user_id);
        await audit(tx, ownerActor(request, token), { action: 'user.activate', purpose: 'authentication', checks: systemChecks, details: { userId: token.user_id, secondFactor: totpSecret !== null } });
        return;
      }
      // A new password: with a second factor set up, the mailbox alone does not open the account.
      if (token.totp_secret) {
        const step = totp ? matchSealedTotp(deps.secrets.encryptionKey, token.totp_secret, totp) : null;
        const claimed = step !== null && await tx.updateTable('users').set({ totp_last_step: String(step) }).where('id', '=', token.user_id)
          .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', String(step))])).returning('id').executeTakeFirst();
        if (!claimed) throw codeProblem('The code is not correct or has expired');
      }
      await tx.updateTable('users').set({ password_hash: passwordHash, password_change_required: false, failed_logins: 0, locked_until: null })
        .where('id', '=', token.user_id).execute();
      await markTokenUsed(tx, token.id);
      await endSessionsOf(tx, token.user_id);
      await audit(tx, ownerActor(request, token), { action: 'session.password_reset', purpose: 'authentication', checks: systemChecks });
    }).catch(async (error: unknown) => {
      const wrong = wrongCodeFor as { userId: string; actor: Actor } | null;
      if (wrong) await recordLoginFailure(deps, { actor: wrong.actor, countTowardsLockout: wrong.userId, details: { factor: 'totp', route: 'account_token' } });
      throw error;
    });
    return reply.status(204).send();
  });

  app.post('/account/password-reset', {
    schema: { body: passwordResetRequestBody, tags: ['session'], summary: 'Forgot the password: a link to choose a new one goes to the account\'s own address, if there is such an account' },
    config: { policy: 'public', rateLimit: limited },
  }, async (request, reply) => {
    const email = request.body.email.toLowerCase();
    const ip = request.ip;
    // The answer is the same, and comes as fast, whether or not the address has an account: the work is done after it.
    setImmediate(() => { void sendResetLink(email, ip).catch((error: unknown) => request.log.error(error, 'password reset request failed')); });
    return reply.status(202).send({ status: 'accepted' });
  });

  async function sendResetLink(email: string, ip: string) {
    const account = await deps.db.selectFrom('users').innerJoin('organisations as o', 'o.id', 'users.organisation_id')
      .select(['users.id', 'users.name', 'users.email', 'users.roles', 'users.disabled', 'users.activated_at', 'users.totp_required', 'users.totp_secret',
        'users.organisation_id', 'o.name as organisation_name'])
      .where('users.email', '=', email).executeTakeFirst();
    // Accounts that log in through their organisation's identity provider have no password here to reset.
    const viaProvider = account !== undefined && mustLogInThroughProvider(
      { roles: account.roles, totpRequired: account.totp_required, hasTotpSecret: account.totp_secret !== null },
      await organisationHasIdentityProvider(deps.db, account.organisation_id));
    const actor: Actor = { userId: account?.id ?? null, roles: account?.roles ?? [], organisationId: null, sessionId: null, ip };
    await deps.db.transaction().execute(async (tx) => {
      let sent: 'password_reset' | 'activation' | 'none' = 'none';
      if (account && !account.disabled && !viaProvider) {
        if (account.activated_at) {
          const { token, expiresAt } = await issueAccountToken(tx, account.id, 'password_reset', deps.config.passwordResetHours);
          await enqueueMail(tx, passwordResetMail(account, tokenLink(deps, 'wachtwoord-herstellen', token), expiresAt));
          sent = 'password_reset';
        } else {
          // Never activated: the owner may have lost the activation mail; a new activation link is as safe.
          await queueActivation(tx, deps, { id: account.id, email: account.email, name: account.name, organisationName: account.organisation_name });
          sent = 'activation';
        }
      }
      await audit(tx, actor, { action: 'session.password_reset_request', purpose: 'authentication', outcome: sent === 'none' ? 'denied' : 'success', checks: systemChecks, details: { sent } });
    });
    deps.mailer?.wake();
  }
};
