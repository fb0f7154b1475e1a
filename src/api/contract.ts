/**
 * Request and response shapes of the REST API, shared by the server (validation, OpenAPI) and the web app
 * (types). Request bodies are strict: unknown fields are rejected.
 */
import { z } from 'zod';
import { auditActions, type AuditAction } from '../audit/types.ts';
import { today } from '../clock.ts';
import { isCalendarDate } from '../domain/calendarDate.ts';
import { involvementDomains, organisationKinds, personRoles, roles } from '../domain/roles.ts';
import { issuerProblem } from '../domain/singleSignOn.ts';
import { signalKindCodes, type SignalKindCode } from '../domain/signals/vocabulary.ts';

/** A calendar date that exists (no 30 February), as YYYY-MM-DD. The checks never throw, whatever is sent. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use YYYY-MM-DD', abort: true }).refine(isCalendarDate, 'Not a real date');
/** Today or earlier, in the Netherlands: what has been observed or has happened. */
const pastOrToday = isoDate.refine((value) => value <= today(), 'Cannot be in the future');
/** PostgreSQL text cannot hold a NUL character. */
const noNul = (value: string) => !value.includes('\u0000');
const text = (max = 500) => z.string().trim().min(1).max(max).refine(noNul, 'Contains a NUL character');
const optionalText = (max: number) => z.string().max(max).refine(noNul, 'Contains a NUL character').optional();
export const idParam = z.object({ id: z.uuid() });

export const loginBody = z.strictObject({
  email: z.email().max(200),
  password: z.string().min(1).max(500),
  totp: z.string().regex(/^\d{6}$/).optional(),
});

export const passwordChangeBody = z.strictObject({
  currentPassword: z.string().min(1).max(500),
  newPassword: z.string().min(12, 'At least 12 characters').max(500),
}).refine((body) => body.newPassword !== body.currentPassword, { path: ['newPassword'], message: 'Choose a password different from the current one' });

export const organisationBody = z.strictObject({
  name: text(200), kind: z.enum(organisationKinds), municipality: text(100),
  offers: z.array(text(200)).max(50).optional(), phone: optionalText(50), email: z.email().optional(),
});

export const teamBody = z.strictObject({ name: text(200) });
export const teamUpdateBody = z.strictObject({ name: text(200).optional(), active: z.boolean().optional() })
  .refine((body) => Object.keys(body).length > 0, { path: ['name'], message: 'Nothing to change' });

/** An organisation's identity provider. The secret may be left out to keep the stored one (same issuer and client). */
export const identityProviderBody = z.strictObject({
  issuer: z.string().trim().max(500).superRefine((value, context) => {
    const problem = issuerProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }),
  clientId: text(200),
  clientSecret: z.string().min(1).max(2000).refine(noNul, 'Contains a NUL character').optional(),
  displayName: text(100),
});
export interface IdentityProviderView { issuer: string; clientId: string; displayName: string }
/** A button on the login page: an organisation whose professionals log in through its identity provider. */
export interface SsoOrganisationView { organisationId: string; organisationName: string; displayName: string }

/** Separation of duties: whoever manages accounts, audits or oversees does not also work with case content. */
const caseRoleNames: readonly string[] = ['professional', 'team_lead'];
const separateDuties = (chosen: readonly string[]) =>
  !(chosen.some((r) => caseRoleNames.includes(r)) && chosen.some((r) => !caseRoleNames.includes(r)))
  // …and whoever manages accounts does not also review the log of what those accounts did.
  && !(chosen.includes('administrator') && chosen.includes('privacy_officer'));

const rolesField = z.array(z.enum(roles)).min(1).max(roles.length);
const separateDutiesMessage = 'Administrator, privacy officer and overseer cannot be combined with professional or team lead, nor administrator with privacy officer';

/**
 * A new account. No password: whoever creates an account never knows one that opens it. Its owner activates
 * it through a link mailed to this address, or through the organisation's identity provider.
 */
export const userBody = z.strictObject({
  email: z.email().max(200), name: text(200), organisationId: z.uuid(), roles: rolesField,
  teamId: z.uuid().optional(), phone: optionalText(50),
  /** A second factor for this account, set up by its owner; always on for administrators and privacy officers. */
  secondFactor: z.boolean().optional(),
}).refine((user) => separateDuties(user.roles), { path: ['roles'], message: separateDutiesMessage });

/** Changes to an account by the administrator; only the fields sent change. `teamId: null` takes the account out of its team. */
export const userUpdateBody = z.strictObject({
  name: text(200).optional(), email: z.email().max(200).optional(), phone: z.string().max(50).refine(noNul, 'Contains a NUL character').nullable().optional(),
  roles: rolesField.optional(), teamId: z.uuid().nullable().optional(), secondFactor: z.boolean().optional(),
}).refine((user) => !user.roles || separateDuties(user.roles), { path: ['roles'], message: separateDutiesMessage })
  .refine((user) => Object.keys(user).length > 0, { path: ['name'], message: 'Nothing to change' });

const newPassword = z.string().min(12, 'At least 12 characters').max(500);
const totpCode = z.string().regex(/^\d{6}$/, 'Six digits');
/** The one-time token from an activation or password link (it travels in the link's #fragment, never in a URL the server logs). */
const accountToken = z.string().min(20).max(200).regex(/^[A-Za-z0-9_-]+$/, 'Not a token');

export const tokenBody = z.strictObject({ token: accountToken });
export const tokenCompleteBody = z.strictObject({ token: accountToken, password: newPassword, totp: totpCode.optional() });
export const passwordResetRequestBody = z.strictObject({ email: z.email().max(200) });
/** Setting up a second factor asks the password too: a session alone (a laptop left open) must not bind one. */
export const totpConfirmBody = z.strictObject({ totp: totpCode, currentPassword: z.string().min(1).max(500) });
/** The owner changes their own e-mail address, with their password (and code when they have a second factor). */
export const emailChangeBody = z.strictObject({ email: z.email().max(200), currentPassword: z.string().min(1).max(500), totp: totpCode.optional() });

export const householdBody = z.strictObject({
  name: text(200), municipality: text(100),
  address: z.strictObject({ street: text(200), postcode: optionalText(10), city: text(100), since: isoDate.optional() }).optional(),
});

export const householdUpdateBody = z.strictObject({
  version: z.number().int().positive().max(2_147_483_647),
  name: text(200).optional(),
  status: z.enum(['active', 'closed']).optional(),
});

export const moveBody = z.strictObject({
  street: text(200), postcode: optionalText(10), city: text(100), municipality: text(100), since: isoDate,
});

export const personBody = z.strictObject({
  firstName: text(100), lastName: text(100), birthDate: isoDate, role: z.enum(personRoles),
  bsn: z.string().optional(), school: optionalText(200), relation: optionalText(100),
  since: isoDate.optional(),
});

export const involvementBody = z.strictObject({
  userId: z.uuid(), reason: text(1000), domain: z.enum(involvementDomains), personId: z.uuid().optional(), since: isoDate.optional(),
});

/** An involvement may be planned to end; leaving a household is a fact: today or earlier. */
export const endInvolvementBody = z.strictObject({ until: isoDate.optional() });
export const leaveBody = z.strictObject({ until: pastOrToday.optional() });

export const networkBody = z.strictObject({
  name: text(200), relation: text(100), doesWhat: optionalText(1000), contact: optionalText(200),
});

export const safetyGuardianBody = z.union([
  z.strictObject({ userId: z.uuid() }),
  z.strictObject({ networkMemberId: z.uuid() }),
]);

export const directionBody = z.union([
  z.strictObject({ userId: z.uuid(), mandate: text(2000) }),
  z.strictObject({ personId: z.uuid(), mandate: text(2000), supportedByUserId: z.uuid().optional() }),
]);

export const handoverBody = z.union([
  z.strictObject({ toUserId: z.uuid(), note: text(2000), mandate: text(2000).optional() }),
  z.strictObject({ toPersonId: z.uuid(), note: text(2000), mandate: text(2000).optional(), supportedByUserId: z.uuid().optional() }),
]);

/** Anyone involved proposes a handover (the regisseur or the proposed person decides), with the reason. */
export const proposalBody = z.union([
  z.strictObject({ toUserId: z.uuid(), note: text(2000) }),
  z.strictObject({ toPersonId: z.uuid(), note: text(2000), supportedByUserId: z.uuid().optional() }),
]);
export const proposalDecisionBody = z.strictObject({ decision: z.enum(['accept', 'decline']), note: optionalText(2000) });

/** The privacy officer finds the person a request is about: by citizen number, or by last name and birth date. */
export const auditSubjectQuery = z.union([
  z.strictObject({ bsn: z.string().regex(/^\d{9}$/, 'Nine digits') }),
  z.strictObject({ lastName: text(100), birthDate: isoDate }),
]);

export interface AuditSubject { personId: string; firstName: string; lastName: string; birthDate: string; bsnLast3: string | null }

const auditActionNames = Object.keys(auditActions) as [AuditAction, ...AuditAction[]];
/** The privacy officer's filters on the log: about whom, by whom, which action, which Dutch calendar days (both included). */
const auditFilter = {
  personId: z.uuid().optional(), householdId: z.uuid().optional(),
  /** The actor: by account id, or by the e-mail address the privacy officer knows them by. */
  actorId: z.uuid().optional(), actorEmail: z.email().max(200).optional(),
  action: z.enum(auditActionNames).optional(), from: isoDate.optional(), to: isoDate.optional(),
};
const fromNotAfterTo = (query: { from?: string | undefined; to?: string | undefined }) => !query.from || !query.to || query.from <= query.to;
const periodProblem = { path: ['to'], message: 'Cannot be before the start date' };
export const auditQuery = z.strictObject({
  ...auditFilter,
  /** `nextCursor` of the page before: the rows after it. */
  cursor: z.string().regex(/^\d{1,18}$/, 'Use the nextCursor of the page before').optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
}).refine(fromNotAfterTo, periodProblem);
export const auditExportQuery = z.strictObject(auditFilter).refine(fromNotAfterTo, periodProblem);

/** One audit event inside a request row. */
export interface AuditEventView {
  seq: string; occurredAt: string; actionCode: string; action: string; purpose: string; outcome: string;
  roles: string[]; organisationName: string | null; ip: string | null; householdIds: string[]; personIds: string[]; checks: unknown;
}
/**
 * One row of the privacy officer's log: what one request did — one page view of the web app (the family, its
 * timeline, its alerts…) or one call to the API — with every event it wrote that matches the filter.
 */
export interface AuditRequestView {
  id: string; firstAt: string; lastAt: string;
  userId: string | null; userName: string | null; userEmail: string | null; sessionId: string | null;
  roles: string[]; organisationName: string | null; ips: string[];
  events: AuditEventView[];
}
export interface AuditLogPage { data: AuditRequestView[]; nextCursor: string | null }

export const signalBody = z.strictObject({
  personIds: z.array(z.uuid()).min(1).max(20),
  kind: z.enum(signalKindCodes as [SignalKindCode, ...SignalKindCode[]]),
  observedAt: pastOrToday,
  severity: z.enum(['low', 'medium', 'high']).optional(),
  note: z.string().trim().max(5000).refine(noNul, 'Contains a NUL character').optional(),
  details: z.strictObject({
    fromMunicipality: optionalText(100), toMunicipality: optionalText(100),
    endedBy: z.enum(['family', 'professional']).optional(), childSeenAndHeard: z.boolean().optional(), kindcheckAnswered: z.boolean().optional(),
  }).optional(),
});

export const timelineQuery = z.strictObject({
  types: optionalText(200), kinds: optionalText(2000), personId: z.uuid().optional(),
  from: isoDate.optional(), to: isoDate.optional(),
});

export const acknowledgeBody = z.strictObject({ note: text(2000) });
/** A note on an alert by someone who does not close it; kept and shown with the alert. */
export const alertNoteBody = z.strictObject({ note: text(2000) });
export const coordinateBody = z.strictObject({ centralContactUserId: z.uuid() });

// ---- Responses (documented types; the web app imports these) ----

/** Figures for the overseer: counts only, never a name. */
export interface StatisticsView {
  households: number; withRegisseur: number; children: number; childrenWithoutGuardian: number; withoutInvolvement: number;
  openAlertsByRule: Array<{ rule: string; open: number }>;
  householdsByEscalationLevel: Array<{ level: string; households: number }>;
}

export interface SessionUserView {
  id: string; email: string; name: string; roles: string[]; organisationId: string; organisationName: string;
}
export interface SessionResponse {
  user: SessionUserView; csrfToken: string; passwordChangeRequired: boolean;
  /** The account needs a second factor that is not set up yet: only setting it up opens the rest. */
  secondFactorSetupRequired: boolean;
  hasSecondFactor: boolean;
}

/** What an activation or password link opens, before the owner chooses a password. */
export interface TokenInspection {
  purpose: 'activation' | 'password_reset'; name: string; email: string; organisationName: string;
  /** Activation of an account that needs a second factor: the secret to add to an authenticator app. */
  secondFactorSetup: null | { secret: string; uri: string };
  /** A password reset of an account with a second factor: the code is asked for. */
  secondFactorCode: boolean;
}

/** An account as the administrator sees it. */
export interface AccountView {
  id: string; name: string; email: string; phone: string | null; organisationId: string; organisationName: string; organisationKind: string;
  roles: string[]; teamId: string | null; teamName: string | null; disabled: boolean; lockedUntil: string | null;
  status: 'invited' | 'active' | 'deactivated'; secondFactor: 'set_up' | 'required_not_set_up' | 'none';
  /** How many families this account leads now (deactivating it leaves them without a regisseur who can act). */
  leadsFamilies: number;
}

export interface ChildSummary { id: string; firstName: string; lastName: string; birthDate: string; age: number; ageInMonths: number }
export interface QuestionAnswerView { number: 1 | 2 | 3 | 4 | 5; status: 'answered' | 'unanswered' | 'not_yet_answerable'; reason: string; params: Record<string, string | number> }
export interface RegisseurView {
  id: string; kind: 'user' | 'person'; userId: string | null; personId: string | null; name: string;
  organisationName: string | null; supportedBy: { userId: string; name: string } | null; mandate: string; since: string;
  /** false once the account of the regisseur (or of the professional supporting a family member who leads) is deactivated. */
  active: boolean;
}

export interface HouseholdListItem {
  id: string; name: string; municipality: string; status: string; version: number;
  /** voluntary, with_conditions or compulsory. */
  escalationLevel: string;
  /** The current street, to tell two families with the same name apart. */
  street: string | null;
  children: ChildSummary[]; regisseur: RegisseurView | null; alerts: QuestionAnswerView[]; myRelationship: 'involved' | 'team_lead';
  /** Unacknowledged pattern alerts (issue 3), newest first. */
  patternAlerts: Array<{ id: string; rule: string; severity: string; explanation: { nl: string; en: string } }>;
  /** Requests for this family's earlier records about a child, waiting for its regisseur's decision. */
  historyRequestsWaiting: number;
}

export interface PersonView {
  id: string; memberId: string; firstName: string; lastName: string; birthDate: string; age: number; ageInMonths: number; role: string;
  relation: string | null; school: string | null; bsnLast3: string | null; since: string; until: string | null;
  guardians: Array<{ id: string; kind: 'user' | 'network'; name: string; detail: string }>;
}
export interface InvolvementView {
  id: string; userId: string; name: string; organisationId: string; organisationName: string; organisationKind: string;
  email: string; phone: string | null; reason: string; domain: string; personId: string | null; since: string; until: string | null;
}
export interface NetworkMemberView { id: string; name: string; relation: string; doesWhat: string; contact: string; since: string; until: string | null }
export interface AddressView { id: string; street: string; postcode: string | null; city: string; municipality: string; validFrom: string; validUntil: string | null }
export interface DirectionHistoryItem extends RegisseurView { until: string | null; handoverNote: string | null }

export interface HouseholdDetail {
  id: string; name: string; municipality: string; status: string; escalationLevel: string; version: number;
  children: PersonView[]; adults: PersonView[]; formerMembers: PersonView[];
  addresses: AddressView[]; involvements: InvolvementView[]; network: NetworkMemberView[];
  regisseur: RegisseurView | null; directionHistory: DirectionHistoryItem[]; fiveQuestions: QuestionAnswerView[];
  /** Open (unacknowledged) pattern alerts: the questions never read as settled while one is open. */
  openPatternAlertCount: number;
}
export interface HouseholdAbilities {
  update: boolean; addPerson: boolean; addInvolvement: boolean; addNetwork: boolean;
  /** Only while nobody leads. */
  assignDirection: boolean;
  /** The regisseur (or the professional supporting a family member who leads), or their team lead. */
  handOverDirection: boolean; endDirection: boolean;
  /** Anyone else involved, while someone leads. */
  proposeHandover: boolean;
  setGuardian: boolean; move: boolean; registerSignal: boolean;
  /** The regisseur; without one, anyone involved. */
  acknowledgeAlert: boolean;
  /** Anyone involved adds a note to an alert. */
  addAlertNote: boolean;
  /** The involvements (ids) this user may end: their own, everyone's as regisseur, their team members' as team lead. */
  endInvolvements: string[];
  /** Ask for a member's earlier history (the earlier family's regisseur decides). */
  requestHistory: boolean;
}
export interface HouseholdResponse { data: HouseholdDetail; can: HouseholdAbilities }

export interface Problem {
  type: string; title: string; status: number; code: string; detail?: string; errors?: Array<{ path: string; message: string }>;
  params?: Record<string, string | number>;
}

export interface TimelineItem {
  id: string; type: 'signal' | 'member_joined' | 'member_left' | 'moved' | 'involvement_started' | 'involvement_ended' | 'direction_started' | 'direction_ended';
  date: string; householdId: string; personIds: string[];
  /** Signal kind code (see /vocabulary/signal-kinds) or the person/organisation/municipality the item is about. */
  kind: string | null; label: { nl: string; en: string } | null; subject: string | null;
  signal: null | { severity: string; authorName: string; organisationName: string; note: string | null; hasRestrictedNote: boolean; details: Record<string, unknown>; fromOtherHousehold: boolean };
}

export interface AlertView {
  id: string; householdId: string; householdName: string; source: 'pattern' | 'question'; rule: string; variant: string | null; severity: string;
  explanation: { nl: string; en: string } | null; eventIds: string[]; personIds: string[]; firstSeenAt: string | null;
  acknowledged: null | { by: string; at: string; note: string };
  /** Notes added by involved professionals, oldest first; kept whether or not the alert is acknowledged. */
  notes: AlertNoteView[];
  /** What the caller may do with this alert: acknowledge (the regisseur; without one anyone involved), add a note (anyone involved). */
  can: { acknowledge: boolean; addNote: boolean };
  question?: QuestionAnswerView;
}
export interface AlertNoteView { id: string; by: string; at: string; note: string }

export interface DirectionProposalView {
  id: string; to: { kind: 'user' | 'person'; userId: string | null; personId: string | null; name: string; supportedBy: { userId: string; name: string } | null };
  note: string; proposedBy: { userId: string; name: string }; proposedAt: string;
  status: 'pending' | 'accepted' | 'declined' | 'lapsed';
  decided: null | { by: string | null; at: string; note: string | null };
  /** Whether the caller may accept or decline it (the regisseur or their team lead; the proposed person, but not their own proposal). */
  can: { accept: boolean; decline: boolean };
}

/**
 * One match per (my person, other professional): the match about the person itself leads, and the matches with the same
 * professional through a sibling with a shared parent are folded under it. Never a match with a professional who is
 * involved in a household of the person together with me (src/domain/matching.ts).
 */
export interface MatchView {
  id: string; basis: 'person' | 'family'; since: string; coordinatedAt: string | null; centralContact: { userId: string; name: string } | null;
  other: { userId: string; name: string; email: string; phone: string | null; organisationName: string; organisationKind: string; organisationPhone: string | null };
  mine: { householdId: string; personId: string };
  /** The other matches with the same professional about this person, oldest first (coordinating the match covers them). */
  folded: FoldedMatchView[];
}
export interface FoldedMatchView { id: string; basis: 'person' | 'family'; since: string; coordinatedAt: string | null }

/** An administration event on an account, for the privacy officer. */
export interface AccountChangeView {
  seq: string; occurredAt: string; action: string;
  actor: { id: string; name: string } | null; subject: { id: string; name: string; email: string } | null;
  details: Record<string, unknown>;
  /** The change gives the account more to see: a case role, the team-lead role, or a team. */
  widensAccess: boolean;
}

export const historyRequestBody = z.strictObject({ reason: text(2000) });
export const historyDecisionBody = z.strictObject({ decision: z.enum(['accept', 'decline']), note: text(2000) });

/** A request for this family's records about a child, as its regisseur sees it: who asks, why, what they entered. */
export interface IncomingHistoryRequestView {
  id: string; status: 'pending' | 'accepted' | 'declined'; requestedAt: string; reason: string;
  requester: { name: string; email: string; phone: string | null; organisationName: string; organisationPhone: string | null };
  askingMunicipality: string;
  /** The child as recorded here, and what the other family entered (the regisseur checks that they agree). */
  child: { personId: string; firstName: string; lastName: string; birthDate: string; leftOn: string | null };
  entered: { firstName: string; lastName: string; birthDate: string; bsnMatches: boolean };
  decision: null | { at: string; by: string; note: string };
}

/** This family's own request, as the one who asked sees it: never which families (if any) it went to. */
export interface OutgoingHistoryRequestView {
  batchId: string; personId: string; requestedAt: string; requestedBy: string; reason: string; status: 'pending' | 'accepted' | 'declined';
  answers: Array<{ status: 'accepted' | 'declined'; at: string; by: string; organisationName: string; note: string }>;
}
