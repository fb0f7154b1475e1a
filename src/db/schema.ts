import type { ColumnType, Generated } from 'kysely';

/** Dates (SQL `date`) travel as 'YYYY-MM-DD' strings; see the type parsers in connect.ts. */
type DateOnly = string;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type WithDefault<T> = ColumnType<T, T | undefined, T>;

export interface InstanceSecretsTable { name: string; value: string; created_at: Generated<Date> }

export interface OrganisationsTable {
  id: string; name: string; kind: string; municipality: string;
  offers: WithDefault<string[]>; phone: string | null; email: string | null; created_at: Generated<Date>;
}

export interface TeamsTable { id: string; organisation_id: string; name: string; deactivated_at: ColumnType<Date | null, Date | null | undefined, Date | null> }

export interface UsersTable {
  id: string; email: string; name: string; organisation_id: string; team_id: string | null;
  roles: string[]; phone: string | null;
  /** null until the owner chose one (activation), and for accounts that log in through their organisation's identity provider. */
  password_hash: string | null;
  /** Sealed (src/crypto/secretBox.ts). */
  totp_secret: string | null;
  totp_required: WithDefault<boolean>;
  /** When the owner activated the account; null while the activation link is outstanding. */
  activated_at: Timestamp | null; totp_last_step: ColumnType<string | null, string | null | undefined, string | null>;
  password_change_required: WithDefault<boolean>;
  failed_logins: Generated<number>; locked_until: Timestamp | null; disabled: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface AccountTokensTable {
  id: string; user_id: string; purpose: 'activation' | 'password_reset'; token_hash: string;
  created_at: Generated<Date>; expires_at: Timestamp; used_at: Timestamp | null;
  /** Sealed; the second factor being set up during activation, until confirmed. */
  pending_totp_secret: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface MailOutboxTable {
  id: string; kind: string; to_address: string; subject: string; text_body: string | null; created_at: Generated<Date>;
  attempts: Generated<number>; next_attempt_at: WithDefault<Date>; sent_at: Timestamp | null; failed_at: Timestamp | null; last_error: string | null;
}

export interface SessionsTable { sid: string; data: unknown; expires_at: Timestamp }

export interface PersonsTable {
  id: string; first_name: string; last_name: string; birth_date: DateOnly;
  bsn_hash: string | null; bsn_last3: string | null; school: string | null; created_at: Generated<Date>;
}

export interface HouseholdsTable {
  id: string; name: string; municipality: string; status: WithDefault<string>;
  escalation_level: WithDefault<string>; version: WithDefault<number>; created_by: string;
  created_at: Generated<Date>; updated_at: Generated<Date>;
  /** When the family was closed; the retention term runs from here (docs/retention.md). */
  closed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface HouseholdMembersTable {
  household_id: string; id: string; person_id: string; role: string; relation: string | null;
  since: DateOnly; until: DateOnly | null;
}

export interface HouseholdAddressesTable {
  household_id: string; id: string; street: string; postcode: string | null; city: string;
  municipality: string; valid_from: DateOnly; valid_until: DateOnly | null;
}

export interface InvolvementsTable {
  household_id: string; id: string; user_id: string; organisation_id: string; person_id: string | null;
  reason: string; domain: string; since: DateOnly; until: DateOnly | null; created_by: string;
}

export interface NetworkMembersTable {
  household_id: string; id: string; name: string; relation: string; does_what: WithDefault<string>;
  contact: WithDefault<string>; since: DateOnly; until: DateOnly | null;
}

export interface SafetyGuardiansTable {
  household_id: string; id: string; child_id: string; user_id: string | null;
  network_member_id: string | null; since: DateOnly; until: DateOnly | null;
}

export interface DirectionsTable {
  household_id: string; id: string; user_id: string | null; person_id: string | null;
  supported_by_user_id: string | null; mandate: string; since: Timestamp; until: Timestamp | null;
  handover_note: string | null; assigned_by: string;
}

export interface AuditEventsTable {
  seq: string; chain: number; chain_seq: string; occurred_at: Timestamp; user_id: string | null; user_roles: string[];
  organisation_id: string | null; session_id: string | null; ip: string | null; action_code: string;
  action: string; purpose: string; outcome: string; household_ids: string[]; person_ids: string[];
  checks: unknown; details: unknown; prev_hash: string; hash: string;
  /** The HTTP request and the web app's page view that wrote the event; null on events from before 20261202_0015. */
  request_id: string | null; view_id: string | null;
}

export interface AuditChainHeadTable { id: number; seq: string; hash: string }

export interface Database extends IssueThreeTables, SingleSignOnTables {
  instance_secrets: InstanceSecretsTable;
  organisations: OrganisationsTable;
  teams: TeamsTable;
  users: UsersTable;
  account_tokens: AccountTokensTable;
  mail_outbox: MailOutboxTable;
  sessions: SessionsTable;
  persons: PersonsTable;
  households: HouseholdsTable;
  household_members: HouseholdMembersTable;
  household_addresses: HouseholdAddressesTable;
  involvements: InvolvementsTable;
  network_members: NetworkMembersTable;
  safety_guardians: SafetyGuardiansTable;
  directions: DirectionsTable;
  audit_events: AuditEventsTable;
  audit_chain_head: AuditChainHeadTable;
}

export interface SignalsTable {
  household_id: string; id: string; kind: string; observed_at: DateOnly; severity: WithDefault<string>; note: string | null;
  details: unknown; author_user_id: string; author_organisation_id: string; created_at: Generated<Date>;
}
export interface SignalPersonsTable { household_id: string; signal_id: string; person_id: string }
export interface HouseholdAlertsTable {
  household_id: string; id: string; alert_key: string; rule: string; variant: string | null; severity: string;
  explanation: unknown; event_ids: string[]; person_ids: string[]; first_seen_at: Generated<Date>;
  acknowledged_by: string | null; acknowledged_at: Timestamp | null; acknowledgement_note: string | null;
}
export interface MatchEntriesTable {
  id: string; subject_key: string; family_keys: WithDefault<string[]>; person_id: string; household_id: string; user_id: string;
  organisation_id: string; first_registered_at: Generated<Date>; last_registered_at: WithDefault<Date>; expires_on: DateOnly;
}
export interface MatchesTable {
  id: string; basis: string; subject_key: string; entry_a: string; entry_b: string; user_a: string; user_b: string;
  created_at: Generated<Date>; coordinated_at: Timestamp | null; central_contact_user_id: string | null;
}

export interface HistoryRequestsTable {
  household_id: string; id: string; batch_id: string; person_id: string; source_household_id: string | null; source_person_id: string | null;
  requested_by: string; reason: string; requested_at: Generated<Date>; status: WithDefault<'pending' | 'accepted' | 'declined'>;
  decided_by: string | null; decided_at: Timestamp | null; decision_note: string | null;
}
export interface HistorySharesTable {
  household_id: string; id: string; person_id: string; source_household_id: string; source_person_id: string; until: DateOnly; request_id: string;
}

export interface IdentityProviderProposalsTable {
  organisation_id: string; issuer: string; client_id: string; client_secret_sealed: string; display_name: string;
  proposed_by: string; proposed_at: Generated<Date>;
}

export interface DirectionProposalsTable {
  household_id: string; id: string; to_user_id: string | null; to_person_id: string | null; supported_by_user_id: string | null;
  note: string; proposed_by: string; proposed_at: Generated<Date>;
  status: WithDefault<'pending' | 'accepted' | 'declined' | 'lapsed'>; decided_by: string | null; decided_at: Timestamp | null; decision_note: string | null;
}
export interface AlertNotesTable { household_id: string; id: string; alert_id: string; author_user_id: string; note: string; created_at: Generated<Date> }

export interface IssueThreeTables {
  direction_proposals: DirectionProposalsTable;
  alert_notes: AlertNotesTable;
  identity_provider_proposals: IdentityProviderProposalsTable;
  history_requests: HistoryRequestsTable;
  history_shares: HistorySharesTable;
  signals: SignalsTable;
  signal_persons: SignalPersonsTable;
  household_alerts: HouseholdAlertsTable;
  match_entries: MatchEntriesTable;
  matches: MatchesTable;
}

export interface IdentityProvidersTable {
  organisation_id: string; issuer: string; client_id: string;
  /** Sealed (src/crypto/secretBox.ts). */
  client_secret_sealed: string;
  display_name: string; created_at: Generated<Date>; updated_at: WithDefault<Date>;
}
export interface SsoLoginsTable {
  handle_hash: string; organisation_id: string; state: string; nonce: string; code_verifier: string;
  created_at: Generated<Date>; expires_at: Timestamp;
}

export interface SingleSignOnTables {
  identity_providers: IdentityProvidersTable;
  sso_logins: SsoLoginsTable;
}
