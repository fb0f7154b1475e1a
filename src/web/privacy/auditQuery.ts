import { auditActions, type AuditAction } from '../../audit/types.ts';

/** Whom the log is about: a child found by the search, or a person or family by its id. */
export interface AuditSubjectFilter { personId?: string; householdId?: string; label: string }

/** The privacy officer's filters, as typed in the form. */
export interface AuditFilterInput { from: string; to: string; actorEmail: string; action: AuditAction | '' }

export const emptyFilter: AuditFilterInput = { from: '', to: '', actorEmail: '', action: '' };

/** Every action the log knows, for the "what" filter. */
export const auditActionNames = Object.keys(auditActions) as AuditAction[];

/** The query string of GET /audit and of the CSV download: the same filters for both. */
export function auditQueryString(subject: AuditSubjectFilter | null, filter: AuditFilterInput): URLSearchParams {
  const query = new URLSearchParams();
  if (subject?.personId) query.set('personId', subject.personId);
  if (subject?.householdId) query.set('householdId', subject.householdId);
  if (filter.from) query.set('from', filter.from);
  if (filter.to) query.set('to', filter.to);
  if (filter.actorEmail.trim()) query.set('actorEmail', filter.actorEmail.trim());
  if (filter.action) query.set('action', filter.action);
  return query;
}
