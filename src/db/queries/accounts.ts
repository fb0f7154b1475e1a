import { sql, type Kysely, type Transaction } from 'kysely';
import type { AccountView } from '../../api/contract.ts';
import type { Database } from '../schema.ts';

interface AccountRow {
  id: string; name: string; email: string; phone: string | null; organisation_id: string; organisation_name: string; organisation_kind: string;
  roles: string[]; team_id: string | null; team_name: string | null; disabled: boolean; locked_until: Date | null; activated_at: Date | null;
  has_totp: boolean; totp_required: boolean; leads_families: number;
}

const accountSelect = sql`
  SELECT u.id, u.name, u.email, u.phone, u.organisation_id, o.name AS organisation_name, o.kind AS organisation_kind, u.roles, u.team_id,
         t.name AS team_name, u.disabled, u.locked_until, u.activated_at, u.totp_secret IS NOT NULL AS has_totp, u.totp_required,
         (SELECT count(*)::int FROM directions d WHERE d.until IS NULL AND (d.user_id = u.id OR d.supported_by_user_id = u.id)) AS leads_families
  FROM users u JOIN organisations o ON o.id = u.organisation_id LEFT JOIN teams t ON t.id = u.team_id`;

function toAccountView(row: AccountRow): AccountView {
  const needsTotp = row.totp_required || row.roles.some((r) => r === 'administrator' || r === 'privacy_officer');
  return {
    id: row.id, name: row.name, email: row.email, phone: row.phone, organisationId: row.organisation_id, organisationName: row.organisation_name,
    organisationKind: row.organisation_kind, roles: row.roles, teamId: row.team_id, teamName: row.team_name, disabled: row.disabled,
    lockedUntil: row.locked_until ? new Date(row.locked_until).toISOString() : null,
    status: row.disabled ? 'deactivated' : row.activated_at ? 'active' : 'invited',
    secondFactor: row.has_totp ? 'set_up' : needsTotp ? 'required_not_set_up' : 'none', leadsFamilies: row.leads_families,
  };
}

/** Every account, for the administrator (who sees no case content). */
export async function listAccounts(db: Kysely<Database>, search: string | undefined): Promise<AccountView[]> {
  const filter = search ? sql`WHERE u.name ILIKE ${`%${search}%`} OR u.email ILIKE ${`%${search}%`} OR o.name ILIKE ${`%${search}%`}` : sql``;
  const result = await sql<AccountRow>`${accountSelect} ${filter} ORDER BY u.name LIMIT 500`.execute(db);
  return result.rows.map(toAccountView);
}

export async function findAccount(db: Kysely<Database>, id: string, forUpdate = false): Promise<(AccountView & { activatedAt: Date | null }) | undefined> {
  const result = await sql<AccountRow>`${accountSelect} WHERE u.id = ${id} ${forUpdate ? sql`FOR UPDATE OF u` : sql``}`.execute(db);
  const row = result.rows[0];
  return row ? { ...toAccountView(row), activatedAt: row.activated_at } : undefined;
}

export async function teamOfOrganisation(db: Kysely<Database>, teamId: string, organisationId: string) {
  // A deactivated team takes nobody in.
  return db.selectFrom('teams').select(['id', 'name']).where('id', '=', teamId).where('organisation_id', '=', organisationId)
    // FOR SHARE: a team being taken out of use at the same moment waits for this, or this for it.
    .where('deactivated_at', 'is', null).forShare().executeTakeFirst();
}

export async function emailInUse(db: Kysely<Database>, email: string, exceptUserId?: string): Promise<boolean> {
  let query = db.selectFrom('users').select('id').where('email', '=', email.toLowerCase());
  if (exceptUserId) query = query.where('id', '!=', exceptUserId);
  return Boolean(await query.executeTakeFirst());
}

/** Ends every session of the account at once (deactivation, a new password). `exceptSid` keeps the caller's own. */
export async function endSessionsOf(tx: Transaction<Database>, userId: string, exceptSid?: string) {
  let query = tx.deleteFrom('sessions').where(sql<boolean>`data->>'userId' = ${userId}`);
  if (exceptSid) query = query.where('sid', '!=', exceptSid);
  await query.execute();
}

/** How many families this account leads now: a deactivated regisseur leaves those families without a lead that can act. */
export async function familiesLedBy(db: Kysely<Database>, userId: string): Promise<number> {
  const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM directions WHERE until IS NULL AND (user_id = ${userId} OR supported_by_user_id = ${userId})`.execute(db);
  return result.rows[0]!.n;
}

/** The active team leads of the account's team. */
export async function teamLeadsOf(db: Kysely<Database>, userId: string) {
  return db.selectFrom('users as member').innerJoin('users as lead', 'lead.team_id', 'member.team_id')
    .select(['lead.email', 'lead.name']).where('member.id', '=', userId).where('lead.id', '!=', userId)
    .where('lead.disabled', '=', false).where((eb) => eb('lead.roles', '@>', eb.val(['team_lead']) as never)).execute();
}
