import type { SessionUser } from '../auth/sessionUser.ts';
import { hasRole } from './policy.ts';

export type OrganisationAction = 'list' | 'create' | 'createTeam' | 'updateTeam' | 'setIdentityProvider' | 'removeIdentityProvider';

/** The social map (organisations and what they offer) is no case content: every signed-in user may read it. */
export function canOnOrganisations(user: SessionUser | null, action: OrganisationAction): boolean {
  if (!user) return false;
  return action === 'list' ? true : hasRole(user, 'administrator');
}
