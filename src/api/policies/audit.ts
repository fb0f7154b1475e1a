import type { SessionUser } from '../auth/sessionUser.ts';
import { hasRole } from './policy.ts';

export type AuditAction = 'query' | 'export';

/** Only the privacy officer reviews who looked at whom, on screen or as a CSV download. */
export function canOnAudit(user: SessionUser | null, _action: AuditAction): boolean {
  return hasRole(user, 'privacy_officer');
}
