import { caseRoles } from '../../domain/roles.ts';
import type { SessionUser } from '../auth/sessionUser.ts';
import { hasRole } from './policy.ts';

export type MatchAction = 'list' | 'coordinate';

/** Matches belong to the two professionals they connect; nobody else sees them, and they grant no access to content. */
export function canOnMatch(user: SessionUser | null, action: MatchAction, party = false): boolean {
  if (!user || !hasRole(user, ...caseRoles)) return false;
  return action === 'list' ? true : party;
}
