import { createHash, randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../audit/types.ts';
import type { Role } from '../../domain/roles.ts';
import { RondomError } from '../../errors.ts';

export interface SessionUser {
  id: string; email: string; name: string; roles: Role[]; organisationId: string; organisationName: string; teamId: string | null;
  /** A start password from the administrator must be replaced before anything else. */
  passwordChangeRequired: boolean;
  /** The account needs a second factor (required by role or by the administrator) and has none yet. */
  secondFactorMissing: boolean;
  hasSecondFactor: boolean;
}

declare module 'fastify' {
  interface FastifyRequest { user: SessionUser | null }
}
declare module '@fastify/session' {
  interface FastifySessionObject { userId?: string }
}

/** The signed-in user, or 401. */
export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw unauthenticated();
  return request.user;
}

/** 401; logged like every refusal when the route holds personal data. */
export const unauthenticated = () => new RondomError('UNAUTHENTICATED', 'Log in first', [], {}, {});

export function actorOf(request: FastifyRequest): Actor {
  const user = request.user;
  return {
    userId: user?.id ?? null,
    roles: user?.roles ?? [],
    organisationId: user?.organisationId ?? null,
    sessionId: request.session?.sessionId ? hashSessionId(request.session.sessionId) : null,
    ip: request.ip,
    ...requestIdsOf(request),
  };
}

/** The header in which the web app names the page view (or action) a request belongs to. */
export const viewIdHeader = 'x-rondom-view';
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const requestIds = new WeakMap<FastifyRequest, string>();

/**
 * Which request an audit event belongs to: an id of our own per HTTP request (Fastify's ids restart at every
 * start), and the page view the browser says it made the request for. The latter is only taken when it has the
 * form of a uuid; it groups rows for the privacy officer and never stands in for anything the server knows.
 */
export function requestIdsOf(request: FastifyRequest): Pick<Actor, 'requestId' | 'viewId'> {
  let requestId = requestIds.get(request);
  if (!requestId) {
    requestId = randomUUID();
    requestIds.set(request, requestId);
  }
  const header = request.headers[viewIdHeader];
  const viewId = typeof header === 'string' && uuidPattern.test(header) ? header.toLowerCase() : null;
  return { requestId, viewId };
}

/** The audit log keeps a hash of the session id: enough to group events, useless to hijack a session. */
const hashSessionId = (sid: string) => createHash('sha256').update(sid).digest('hex').slice(0, 32);
