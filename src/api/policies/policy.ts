import type { Role } from '../../domain/roles.ts';
import { RondomError, type RefusalSubject } from '../../errors.ts';
import type { SessionUser } from '../auth/sessionUser.ts';

/** How the user relates to one household right now. */
export type Relationship = 'involved' | 'team_lead' | 'none';

export const hasRole = (user: SessionUser | null, ...wanted: Role[]) => Boolean(user?.roles.some((role) => wanted.includes(role)));

/**
 * Asserts a policy decision. Outsiders of a resource get 404, the same answer as "does not exist";
 * a collection the role may not use at all gets 403, which reveals nothing about any family.
 */
export function authorize(allowed: boolean, deny: 'not_found' | 'forbidden' = 'not_found', subject: RefusalSubject = {}): asserts allowed {
  if (allowed) return;
  // Every refusal is logged by the error handler, whatever the reason, so that a refused attempt on
  // something that exists costs the same as one on something that does not.
  throw deny === 'not_found'
    ? new RondomError('NOT_FOUND', 'Not found', [], {}, subject)
    : new RondomError('FORBIDDEN', 'Your role does not allow this', [], {}, subject);
}
