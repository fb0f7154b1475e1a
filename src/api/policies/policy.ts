import type { Role } from '../../domain/roles.ts';
import { RondomError } from '../../errors.ts';
import type { SessionUser } from '../auth/sessionUser.ts';

/** How the user relates to one household right now. */
export type Relationship = 'involved' | 'team_lead' | 'none';

export const hasRole = (user: SessionUser | null, ...wanted: Role[]) => Boolean(user?.roles.some((role) => wanted.includes(role)));

/**
 * Asserts a policy decision. Outsiders of a resource get 404, the same answer as "does not exist";
 * a collection the role may not use at all gets 403, which reveals nothing about any family.
 */
export function authorize(allowed: boolean, deny: 'not_found' | 'forbidden' = 'not_found'): asserts allowed {
  if (allowed) return;
  throw deny === 'not_found' ? new RondomError('NOT_FOUND', 'Not found') : new RondomError('FORBIDDEN', 'Your role does not allow this');
}
