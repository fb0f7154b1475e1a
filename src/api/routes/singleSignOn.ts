import { z } from 'zod';
import { organisationsWithIdentityProvider } from '../../db/queries/identityProviders.ts';
import type { SsoFailure } from '../../domain/singleSignOn.ts';
import { establishSession, recordLoginFailure } from '../auth/login.ts';
import { ProviderConfigurations } from '../auth/oidcClient.ts';
import { beginProviderLogin, completeProviderLogin, providerLoginMinutes } from '../auth/providerLogin.ts';
import { recordProviderLogin } from '../../db/queries/ssoLogins.ts';
import type { SsoOrganisationView } from '../contract.ts';
import type { Routes } from './index.ts';

/**
 * The browser comes back from the identity provider by a top-level navigation from another site, which
 * does not carry the SameSite=Strict session cookie. So the login under way is found through a cookie of
 * its own: SameSite=Lax (sent on that navigation), only for the callback path, short-lived, and holding
 * nothing but a random handle; state, nonce and PKCE verifier stay on the server (table sso_logins).
 */
const loginCookie = 'rondom_sso';
const loginCookiePath = '/api/v1/session/sso/callback';

const startQuery = z.strictObject({ organisation: z.uuid() });

export const singleSignOnRoutes: Routes = (app, deps) => {
  const configurations = new ProviderConfigurations();
  const rateLimit = { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' };
  const failed = (code: SsoFailure) => `/?sso_error=${code}`;

  app.get('/session/sso/organisations', {
    schema: { tags: ['session'], summary: 'Organisations whose professionals log in through their own identity provider (for the login page)' },
    config: { policy: 'public' },
  }, async (): Promise<{ data: SsoOrganisationView[] }> => {
    const rows = await organisationsWithIdentityProvider(deps.db);
    return { data: rows.map((row) => ({ organisationId: row.organisation_id, organisationName: row.organisation_name, displayName: row.display_name })) };
  });

  app.get('/session/sso/start', {
    schema: { querystring: startQuery, tags: ['session'], summary: 'Go to the organisation\'s identity provider to log in (302)' },
    config: { policy: 'public', rateLimit },
  }, async (request, reply) => {
    let started: Awaited<ReturnType<typeof beginProviderLogin>>;
    try {
      started = await beginProviderLogin(deps, configurations, request.query.organisation);
    } catch (error) {
      request.log.warn({ err: error, organisationId: request.query.organisation }, 'identity provider unreachable');
      return reply.redirect(failed('SSO_UNAVAILABLE'));
    }
    if (!started) return reply.redirect(failed('SSO_UNAVAILABLE'));
    reply.setCookie(loginCookie, started.handle, {
      httpOnly: true, sameSite: 'lax', secure: deps.config.secureCookies, path: loginCookiePath, maxAge: providerLoginMinutes * 60,
    });
    return reply.redirect(started.url.href);
  });

  app.get('/session/sso/callback', {
    schema: { tags: ['session'], summary: 'Where the identity provider sends the browser back; logs in and goes to / (302)' },
    config: { policy: 'public', rateLimit },
  }, async (request, reply) => {
    const handle = request.cookies[loginCookie];
    reply.clearCookie(loginCookie, { path: loginCookiePath });
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    const result = await completeProviderLogin(deps, configurations, { handle, query });
    if (!result.ok) {
      const { account } = result;
      await recordLoginFailure(deps, {
        actor: { userId: account?.id ?? null, roles: account?.roles ?? [], organisationId: account?.organisation_id ?? null, sessionId: null, ip: request.ip },
        details: { via: 'oidc', failure: result.failure, reason: result.reason, ...(result.organisationId ? { providerOrganisationId: result.organisationId } : {}) },
      });
      return reply.redirect(failed(result.failure));
    }
    await establishSession(deps, request, reply, {
      userId: result.userId, details: { via: 'oidc' }, alsoInTransaction: (tx) => recordProviderLogin(tx, result.userId),
    });
    return reply.redirect('/');
  });
};
