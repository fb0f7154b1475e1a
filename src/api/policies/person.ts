import { caseRoles } from '../../domain/roles.ts';
import type { SessionUser } from '../auth/sessionUser.ts';
import { hasRole } from './policy.ts';

export type PersonAction = 'readTimeline';

/** A person is visible while they belong (or belonged) to a household the user may see. */
export function canOnPerson(user: SessionUser | null, inVisibleHousehold: boolean, _action: PersonAction): boolean {
  return Boolean(user && hasRole(user, ...caseRoles) && inVisibleHousehold);
}
