/** NEN 7513 action codes: Create, Read, Update, Delete, Execute. */
export type ActionCode = 'C' | 'R' | 'U' | 'D' | 'E';

/** Who acts, from where. Taken from the session of the request. */
export interface Actor {
  userId: string | null;
  roles: string[];
  organisationId: string | null;
  sessionId: string | null;
  ip: string | null;
  /** The HTTP request (one id per request, made by the server): the events one request writes share it. */
  requestId?: string | null;
  /** The web app's page view or action that sent the request (a uuid from the browser, checked for form only). */
  viewId?: string | null;
}

/** Which checks allowed the access (NEN 7513: authorisation, care relationship, consent, emergency access). */
export interface AccessChecks {
  authorisation: 'role' | 'none';
  involvement: 'involved' | 'team_lead' | 'creator' | 'not_applicable';
  consent: 'not_required' | 'given';
  emergencyAccess: boolean;
}

/** Every audited action, with its code. Adding an action here is how a new kind of access becomes loggable. */
export const auditActions = {
  'session.login': 'E',
  'session.login_failed': 'E',
  'session.logout': 'E',
  'session.password_change': 'U',
  'household.list': 'R',
  'household.create': 'C',
  'household.read': 'R',
  'household.update': 'U',
  'person.add': 'C',
  'person.leave': 'U',
  'involvement.add': 'C',
  'involvement.end': 'U',
  'network.add': 'C',
  'safety_guardian.set': 'C',
  'address.move': 'C',
  'direction.assign': 'C',
  'direction.handover': 'U',
  'direction.end': 'U',
  'direction.propose': 'C',
  'direction.proposal_list': 'R',
  'direction.proposal_decide': 'U',
  'audit.query': 'R',
  'audit.subject_lookup': 'R',
  /** A checkpoint of the chain heads was published outside the database (src/audit/checkpointPublisher.ts). */
  'audit.checkpoint': 'E',
  'signal.create': 'C',
  'timeline.read': 'R',
  'person_timeline.read': 'R',
  'alert.list': 'R',
  'alert.acknowledge': 'U',
  'alert.note': 'C',
  'history.request': 'C',
  'history.list': 'R',
  'history.decide': 'U',
  'match.create': 'C',
  'match.list': 'R',
  'match.coordinate': 'U',
  'statistics.read': 'R',
  'organisation.create': 'C',
  'team.create': 'C',
  'team.update': 'U',
  'identity_provider.propose': 'U',
  'identity_provider.set': 'U',
  'identity_provider.remove': 'D',
  'user.create': 'C',
  'user.list': 'R',
  'user.update': 'U',
  'user.deactivate': 'U',
  'user.reactivate': 'U',
  'user.activation_sent': 'E',
  'user.activate': 'U',
  'session.password_reset_request': 'E',
  'session.password_reset': 'U',
  'session.second_factor_setup': 'U',
  'session.email_change': 'U',
  'audit.account_changes': 'R',
  /** The privacy officer downloaded (part of) the log as CSV: what was asked for travels in the details. */
  'audit.export': 'R',
  /** A closed family removed after the retention term: which rows, how many, never what they said. */
  'retention.purge': 'D',
  /** Matching entries past their expiry removed (data minimisation). */
  'retention.expire': 'D',
} as const satisfies Record<string, ActionCode>;

export type AuditAction = keyof typeof auditActions;

export interface AuditEventInput {
  action: AuditAction;
  purpose: string;
  outcome?: 'success' | 'denied' | 'failure';
  householdIds?: string[];
  personIds?: string[];
  checks: AccessChecks;
  details?: Record<string, unknown>;
}

export const systemChecks: AccessChecks = {
  authorisation: 'role', involvement: 'not_applicable', consent: 'not_required', emergencyAccess: false,
};
