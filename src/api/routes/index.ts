import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { RondomError } from '../../errors.ts';
import { unauthenticated } from '../auth/sessionUser.ts';
import { holdsIllFormedText } from '../refusals.ts';
import type { AppDeps } from '../app.ts';
import { accountRoutes } from './account.ts';
import { alertRoutes } from './alerts.ts';
import { auditRoutes } from './audit.ts';
import { auditLogRoutes } from './auditLog.ts';
import { householdCollectionRoutes } from './households/collection.ts';
import { householdDetailRoutes } from './households/detail.ts';
import { historyRequestRoutes } from './households/historyRequests.ts';
import { directionRoutes } from './households/direction.ts';
import { directionProposalRoutes } from './households/directionProposals.ts';
import { involvementRoutes } from './households/involvements.ts';
import { memberRoutes } from './households/members.ts';
import { networkRoutes } from './households/network.ts';
import { signalRoutes } from './households/signals.ts';
import { matchRoutes } from './matches.ts';
import { organisationRoutes } from './organisations.ts';
import { ownEmailRoutes } from './ownEmail.ts';
import { secondFactorRoutes } from './secondFactor.ts';
import { identityProviderRoutes } from './identityProviders.ts';
import { sessionRoutes } from './session.ts';
import { singleSignOnRoutes } from './singleSignOn.ts';
import { statisticsRoutes } from './statistics.ts';
import { timelineRoutes } from './timeline.ts';
import { userAccountRoutes } from './users/account.ts';
import { userCollectionRoutes } from './users/collection.ts';
import { vocabularyRoutes } from './vocabulary.ts';

export type ApiInstance = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;
export type Routes = (app: ApiInstance, deps: AppDeps) => void;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The policy this route is governed by, e.g. 'household.read', or 'public'. Required on every route. */
    policy?: string;
  }
}

/** Every route declared here, with its policy; `routePolicies` is what the permission review reads. */
export const routePolicies = new Map<string, string>();

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerRoutes(app: ApiInstance, deps: AppDeps) {
  app.addHook('onRoute', (route) => {
    const policy = route.config?.policy;
    if (!policy) throw new Error(`Route ${route.method} ${route.url} declares no policy`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routePolicies.set(`${method} ${route.url}`, policy);
    }
  });
  // State-changing requests of a signed-in user carry the CSRF token from the login response.
  app.addHook('onRequest', (request, reply, done) => {
    const isLogin = request.method === 'POST' && request.url.split('?')[0] === '/api/v1/session';
    // Without a signed-in session there is nothing to forge: the handler answers 401.
    if (safeMethods.has(request.method) || isLogin || !request.session?.userId) return done();
    app.csrfProtection(request, reply, done);
  });
  // 401 before 400: an anonymous caller learns nothing about what the route would accept. Without a session
  // this is known before the body is even read; a session whose user is gone is found once the user is
  // loaded (an earlier preValidation hook in app.ts).
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config?.policy !== 'public' && !request.session?.userId) throw unauthenticated();
  });
  app.addHook('preValidation', async (request) => {
    if (request.routeOptions.config?.policy !== 'public' && !request.user) throw unauthenticated();
    // Half a character (a lone surrogate, e.g. "\ud83d") cannot be stored as text: refused, before anything is written.
    if (holdsIllFormedText(request.body)) throw new RondomError('VALIDATION_FAILED', 'The request contains text that is not valid Unicode', [{ path: 'body', message: 'Invalid character' }]);
  });
  // A start password from the administrator: nothing but the session itself until a new one is chosen.
  // (Public routes stay open: an activation link opened in a browser where someone is half-way signed in.)
  app.addHook('preValidation', async (request) => {
    if (!request.user?.passwordChangeRequired || request.routeOptions.config?.policy === 'public') return;
    const url = request.routeOptions.url;
    const allowed = url === '/api/v1/session/password' || url === '/api/v1/session';
    if (!allowed) throw new RondomError('PASSWORD_CHANGE_REQUIRED', 'Choose a new password first');
  });
  // A second factor required but not set up yet: nothing but setting it up (and the session itself).
  app.addHook('preValidation', async (request) => {
    if (deps.config.demo || !request.user?.secondFactorMissing || request.routeOptions.config?.policy === 'public') return;
    const url = request.routeOptions.url ?? '';
    if (url !== '/api/v1/session' && !url.startsWith('/api/v1/session/second-factor')) {
      throw new RondomError('SECOND_FACTOR_SETUP_REQUIRED', 'Set up your second factor first');
    }
  });
  for (const routes of [sessionRoutes, accountRoutes, secondFactorRoutes, ownEmailRoutes, householdCollectionRoutes, householdDetailRoutes, memberRoutes, involvementRoutes,
    networkRoutes, directionRoutes, directionProposalRoutes, organisationRoutes, userCollectionRoutes, userAccountRoutes, auditRoutes, auditLogRoutes, signalRoutes, timelineRoutes, alertRoutes, matchRoutes,
    vocabularyRoutes, statisticsRoutes, singleSignOnRoutes, identityProviderRoutes, historyRequestRoutes]) {
    routes(app, deps);
  }
}
