import type { FastifyRequest } from 'fastify';
import type { AuditAction } from '../audit/types.ts';
import { audit } from '../audit/write.ts';
import type { RefusalSubject } from '../errors.ts';
import type { AppDeps } from './app.ts';
import { actorOf } from './auth/sessionUser.ts';

/**
 * Under which audit action a refused request is logged, per route policy; `null` for routes that hold no
 * personal data (the social map, aggregate figures, the session itself), whose refusals are not logged.
 * A route may name its own action (`config.refusalAction`) when its policy is shared with another route.
 * policyMatrix.test.ts fails when a declared policy is missing here.
 */
export const refusalActions: Record<string, AuditAction | null> = {
  public: null,
  authenticated: null,
  'organisation.list': null,
  'organisation.create': null,
  'organisation.createTeam': null,
  'organisation.updateTeam': null,
  'organisation.setIdentityProvider': 'identity_provider.propose',
  'organisation.removeIdentityProvider': 'identity_provider.remove',
  'statistics.read': null,
  'household.list': 'household.list',
  'household.create': 'household.create',
  'household.read': 'household.read',
  'household.update': 'household.update',
  'household.addPerson': 'person.add',
  'household.addInvolvement': 'involvement.add',
  'household.endInvolvement': 'involvement.end',
  'household.addNetwork': 'network.add',
  'household.setGuardian': 'safety_guardian.set',
  'household.move': 'address.move',
  'household.assignDirection': 'direction.assign',
  'household.handOverDirection': 'direction.handover',
  'household.endDirection': 'direction.end',
  'household.proposeHandover': 'direction.propose',
  'household.decideHandoverProposal': 'direction.proposal_decide',
  'household.addAlertNote': 'alert.note',
  'household.registerSignal': 'signal.create',
  'household.readTimeline': 'timeline.read',
  'household.readAlerts': 'alert.list',
  'household.acknowledgeAlert': 'alert.acknowledge',
  'household.requestHistory': 'history.request',
  'household.readHistoryRequests': 'history.list',
  'household.decideHistoryRequest': 'history.decide',
  'person.readTimeline': 'person_timeline.read',
  'match.list': 'match.list',
  'match.coordinate': 'match.coordinate',
  'user.list': 'user.list',
  'user.create': 'user.create',
  'user.update': 'user.update',
  'user.deactivate': 'user.deactivate',
  'user.reactivate': 'user.reactivate',
  'user.sendActivation': 'user.activation_sent',
  'audit.query': 'audit.query',
  'audit.export': 'audit.export',
};

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The audit action a refusal on this route is logged under, when it differs from its policy's. */
    refusalAction?: AuditAction;
  }
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Text that PostgreSQL can store: a half of a character (a lone surrogate) becomes the replacement character. */
export const wellFormed = (text: string) => text.replace(loneSurrogate, '\uFFFD');
/** Whether anything in a parsed JSON body holds half a character, which no text column can store. */
export function holdsIllFormedText(value: unknown): boolean {
  if (typeof value === 'string') return wellFormed(value) !== value;
  if (Array.isArray(value)) return value.some(holdsIllFormedText);
  if (value !== null && typeof value === 'object') return Object.entries(value).some(([key, item]) => holdsIllFormedText(key) || holdsIllFormedText(item));
  return false;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (value: unknown): value is string => typeof value === 'string' && uuidPattern.test(value);

/**
 * The family or person a refused request was aimed at, as far as the path says: the access check may
 * have refused before it knew more, and an anonymous request was refused before anything was read.
 * Only well-formed ids go into the id columns; whatever else was sent is kept, shortened, in the details.
 */
function subjectFromPath(request: FastifyRequest): RefusalSubject {
  const url = request.routeOptions.url ?? '';
  const params = (request.params ?? {}) as Record<string, unknown>;
  const householdIds = url.startsWith('/api/v1/households/:id') && isUuid(params.id) ? [params.id] : [];
  const personIds = [url.startsWith('/api/v1/persons/:id') ? params.id : undefined, params.personId].filter(isUuid);
  // Cut by characters, not code units, and never keep half a character: the audit row is JSON.
  const target = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, wellFormed(Array.from(String(value)).slice(0, 64).join(''))]));
  return { householdIds, personIds, details: Object.keys(target).length ? { target } : {} };
}

/**
 * Records a refused attempt (401, 403 or 404 from an access check) as a denied audit event, in a
 * transaction of its own: the request's own transaction has been rolled back. Every refusal on a route
 * with personal data is recorded the same way, whether its target exists or not, so neither the log nor
 * the response time tells an outsider which of the two it was.
 */
export async function recordRefusal(deps: AppDeps, request: FastifyRequest, refusal: RefusalSubject) {
  const policy = request.routeOptions.config?.policy;
  const action = request.routeOptions.config?.refusalAction ?? (policy ? refusalActions[policy] : undefined);
  if (!action) return;
  const fromPath = subjectFromPath(request);
  await deps.db.transaction().execute((tx) => audit(tx, actorOf(request), {
    action, purpose: 'care coordination', outcome: 'denied',
    householdIds: [...(refusal.householdIds ?? []), ...(fromPath.householdIds ?? [])],
    personIds: [...(refusal.personIds ?? []), ...(fromPath.personIds ?? [])],
    checks: { authorisation: 'none', involvement: 'not_applicable', consent: 'not_required', emergencyAccess: false },
    details: { attempted: policy, ...fromPath.details, ...refusal.details },
  }));
}
