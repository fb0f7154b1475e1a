import { createContext, useContext } from 'react';
import type { SessionUserView } from '../api/contract.ts';

export const SessionContext = createContext<SessionUserView | null>(null);

export function useSessionUser(): SessionUserView {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useSessionUser outside a signed-in page');
  return user;
}

export const hasRole = (user: SessionUserView, ...roles: string[]) => user.roles.some((role) => roles.includes(role));
export const isCaseWorker = (user: SessionUserView) => hasRole(user, 'professional', 'team_lead');

/** Where someone starts after logging in: their families, or their own work when they see no case content. */
export function homePath(user: SessionUserView): string {
  if (isCaseWorker(user)) return '/gezinnen';
  if (hasRole(user, 'administrator')) return '/beheer';
  if (hasRole(user, 'privacy_officer')) return '/privacy';
  if (hasRole(user, 'overseer')) return '/cijfers';
  return '/gezinnen';
}
