import type { SessionUser } from '../auth/sessionUser.ts';
import { hasRole } from './policy.ts';

export type StatisticsAction = 'read';

/** Overseers (managers, inspectorate) see aggregate figures only — never names or case content. */
export function canOnStatistics(user: SessionUser | null, _action: StatisticsAction): boolean {
  return hasRole(user, 'overseer');
}
