import { caseRoles } from '../../domain/roles.ts';
import type { SessionUser } from '../auth/sessionUser.ts';
import { hasRole } from './policy.ts';

export type UserAction = 'list' | 'directory' | 'create' | 'update' | 'deactivate' | 'reactivate' | 'sendActivation';

/**
 * Administrators manage accounts. Professionals may look colleagues up in the directory (name, organisation,
 * contact) to add them to a family; that directory holds no case content.
 */
export function canOnUsers(user: SessionUser | null, action: UserAction): boolean {
  if (!user) return false;
  if (action === 'directory') return hasRole(user, ...caseRoles, 'administrator');
  return hasRole(user, 'administrator');
}
