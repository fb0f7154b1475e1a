import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySession from '@fastify/session';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { defaultMatchingConfig, type MatchingConfig } from '../domain/matching.ts';
import { defaultPatternConfig, type PatternConfig } from '../domain/patterns/index.ts';
import type { InstanceSecrets } from '../db/queries/secrets.ts';
import { databaseSessionStore, type PrefetchedUsers } from './auth/sessionStore.ts';
import { loadSessionUser } from './auth/loadSessionUser.ts';
import { RondomError } from '../errors.ts';
import { answerClientError } from './clientError.ts';
import { addPermissionsPolicy, limitAnonymousRequests, refuseForeignJsonCharsets } from './hygiene.ts';
import { sendProblem } from './problem.ts';
import { recordRefusal } from './refusals.ts';
import { requestLogFields } from './requestLog.ts';
import { registerRoutes } from './routes/index.ts';

export interface AppConfig {
  /** Demo instances do not demand a second factor. */
  demo: boolean;
  /**
   * Marks the session cookie Secure (RONDOM_SECURE_COOKIES=1; required in production behind HTTPS). Not 'auto':
   * @fastify/session then weakens SameSite=Strict to Lax on plain HTTP.
   */
  secureCookies: boolean;
  loginRateLimitPerMinute: number;
  /** Requests to /api/ without a signed-in session, per client address and minute (their refusals are audited). */
  anonymousRateLimitPerMinute: number;
  lockout: { maxFailures: number; minutes: number };
  /** Request logs (RONDOM_LOG=1). Errors (every 500) are logged whatever this says. */
  logger: boolean;
  /** Where logs go; standard output by default (tests read them). */
  logStream?: { write(line: string): void };
  /** false, or the proxy addresses to trust (RONDOM_TRUST_PROXY, e.g. "127.0.0.1,10.0.0.0/8"). */
  trustProxy: false | string;
  patterns: PatternConfig;
  matching: MatchingConfig;
  /** Where people reach this instance (RONDOM_PUBLIC_URL), without a trailing slash: links in mail and the identity providers' redirect URI start here. */
  publicUrl: string;
  /** How long an activation link works (hours), and a link to choose a new password. */
  activationHours: number;
  passwordResetHours: number;
}

export const defaultConfig: AppConfig = {
  demo: false, secureCookies: false, loginRateLimitPerMinute: 10, anonymousRateLimitPerMinute: 300, lockout: { maxFailures: 5, minutes: 15 }, logger: false, trustProxy: false,
  patterns: defaultPatternConfig, matching: defaultMatchingConfig,
  publicUrl: 'http://localhost:8080', activationHours: 72, passwordResetHours: 2,
};

export interface AppDeps {
  db: Kysely<Database>; secrets: InstanceSecrets; config: AppConfig;
  /** Woken after a transaction that queued mail has committed (src/jobs/mailSender.ts); absent, mail waits for the sender's timer. */
  mailer?: { wake(): void };
}

export type App = FastifyInstance & { withTypeProvider: FastifyInstance['withTypeProvider'] };

const webRoot = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  // Only behind a known proxy may X-Forwarded-For decide the client address (rate limits, the audit's "from where").
  const prefetchedUsers: PrefetchedUsers = new Map();
  const logger = {
    level: deps.config.logger ? 'info' : 'error', serializers: { req: requestLogFields },
    ...(deps.config.logStream ? { stream: deps.config.logStream } : {}),
  };
  const app = Fastify({ logger, trustProxy: deps.config.trustProxy, bodyLimit: 256 * 1024, clientErrorHandler: answerClientError });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(async (error, request, reply) => {
    if (error instanceof RondomError && error.refusal) {
      try {
        await recordRefusal(deps, request, error.refusal);
      } catch (failure) {
        request.log.error(failure, 'could not record a refused attempt');
        return sendProblem(failure, request, reply);
      }
    }
    return sendProblem(error, request, reply);
  });
  app.setNotFoundHandler((request, reply) => {
    if (!request.url.startsWith('/api/') && existsSync(webRoot + 'index.html') && request.method === 'GET') {
      return reply.sendFile('index.html'); // the web app routes in the browser
    }
    return sendProblem(Object.assign(new Error('Not found'), { statusCode: 404 }), request, reply);
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { directives: { 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'], 'style-src': ["'self'", "'unsafe-inline'"] } },
  });
  await app.register(fastifySwagger, {
    openapi: { info: { title: 'Rondom API', version: '1.0.0', description: 'One family, one plan, one regisseur.' }, servers: [] },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    secret: deps.secrets.sessionSecret,
    cookieName: 'rondom_session',
    store: databaseSessionStore(deps.db, prefetchedUsers),
    saveUninitialized: false,
    // No re-save on every request: that was a durable commit per GET. Sessions last a working day.
    rolling: false,
    cookie: { httpOnly: true, sameSite: 'strict', secure: deps.config.secureCookies, path: '/', maxAge: 8 * 60 * 60 * 1000 },
  });
  await app.register(fastifyCsrf, { sessionPlugin: '@fastify/session' });
  await app.register(fastifyRateLimit, { global: false });
  addPermissionsPolicy(app);
  refuseForeignJsonCharsets(app);

  app.decorateRequest('user', null);
  // Before validation: an anonymous caller gets 401, whatever else is wrong with the request.
  app.addHook('preValidation', async (request) => {
    const sid = request.session?.sessionId;
    if (sid && prefetchedUsers.has(sid)) {
      const user = prefetchedUsers.get(sid) ?? null;
      prefetchedUsers.delete(sid);
      // The prefetched user belongs to the stored session; a session changed since (login) is read again.
      if (user?.id === request.session.userId) { request.user = user; return; }
    }
    request.user = await loadSessionUser(deps.db, request.session?.userId);
  });
  // onRequest, before the 401 of the API routes (whose refusals are audited) and before the body is read.
  app.addHook('onRequest', limitAnonymousRequests(app, deps.config.anonymousRateLimitPerMinute));
  const forgetPrefetched = async (request: { session?: { sessionId?: string } }) => { if (request.session?.sessionId) prefetchedUsers.delete(request.session.sessionId); };
  app.addHook('onResponse', forgetPrefetched);
  app.addHook('onRequestAbort', forgetPrefetched); // a client that hangs up mid-upload never reaches onResponse
  app.addHook('onSend', async (request, reply) => { if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store'); });

  await app.register(async (api) => registerRoutes(api.withTypeProvider<ZodTypeProvider>(), deps), { prefix: '/api/v1' });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  if (existsSync(webRoot)) await app.register(fastifyStatic, { root: webRoot, wildcard: false });
  return app;
}
