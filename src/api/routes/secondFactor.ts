import { audit } from '../../audit/write.ts';
import { systemChecks } from '../../audit/types.ts';
import { RondomError } from '../../errors.ts';
import { matchSealedTotp, newSecondFactor } from '../auth/secondFactor.ts';
import { actorOf, requireUser } from '../auth/sessionUser.ts';
import { totpConfirmBody } from '../contract.ts';
import type { Routes } from './index.ts';
import { z } from 'zod';
import { checkCurrentPassword } from '../auth/currentPassword.ts';

declare module '@fastify/session' {
  interface FastifySessionObject {
    /** A second factor being set up by the signed-in user (sealed), until confirmed with a code. */
    pendingTotp?: string;
  }
}

/**
 * The signed-in owner sets up their own second factor: when the administrator requires one that is not
 * set up yet (the session then opens nothing else), or by choice. The secret is shown to them only.
 */
export const secondFactorRoutes: Routes = (app, deps) => {
  app.post('/session/second-factor/setup', {
    schema: { body: z.strictObject({}), tags: ['session'], summary: 'Start setting up a second factor: a secret to add to an authenticator app' },
    config: { policy: 'authenticated' },
  }, async (request) => {
    const user = requireUser(request);
    if (user.hasSecondFactor) throw new RondomError('ALREADY_EXISTS', 'A second factor is set up already; the administrator can reset it');
    const fresh = newSecondFactor(deps.secrets.encryptionKey, user.email);
    request.session.pendingTotp = fresh.sealed;
    return { secret: fresh.secret, uri: fresh.uri };
  });

  app.post('/session/second-factor', {
    schema: { body: totpConfirmBody, tags: ['session'], summary: 'Confirm the new second factor with a code from the app' },
    config: { policy: 'authenticated', rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const user = requireUser(request);
    const pending = request.session.pendingTotp;
    if (!pending) throw new RondomError('TOTP_INVALID', 'Start the setup again', [{ path: 'totp', message: 'Start again' }]);
    await checkCurrentPassword(deps, request, user.id, request.body.currentPassword);
    const step = matchSealedTotp(deps.secrets.encryptionKey, pending, request.body.totp);
    if (step === null) throw new RondomError('TOTP_INVALID', 'The code is not correct or has expired', [{ path: 'totp', message: 'Not correct' }]);
    await deps.db.transaction().execute(async (tx) => {
      const set = await tx.updateTable('users').set({ totp_secret: pending, totp_last_step: String(step) })
        .where('id', '=', user.id).where('totp_secret', 'is', null).returning('id').executeTakeFirst();
      if (!set) throw new RondomError('ALREADY_EXISTS', 'A second factor is set up already');
      await audit(tx, actorOf(request), { action: 'session.second_factor_setup', purpose: 'authentication', checks: systemChecks });
    });
    request.session.pendingTotp = undefined;
    return reply.status(204).send();
  });
};
