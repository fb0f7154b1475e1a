import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Role } from '../../domain/roles.ts';
import type { SessionUser } from './sessionUser.ts';

interface UserRow {
  id: string; email: string; name: string; roles: string[]; organisation_id: string; team_id: string | null; disabled: boolean; organisation_name: string;
  password_change_required: boolean; second_factor_missing: boolean; has_second_factor: boolean;
}

const userColumns = sql`u.id, u.email, u.name, u.roles, u.organisation_id, u.team_id, u.disabled, u.password_change_required, o.name AS organisation_name,
  u.totp_secret IS NOT NULL AS has_second_factor,
  (u.totp_secret IS NULL AND u.totp_required) AS second_factor_missing`;

function toSessionUser(row: UserRow | undefined): SessionUser | null {
  if (!row?.id || row.disabled) return null;
  return {
    id: row.id, email: row.email, name: row.name, roles: row.roles as Role[], organisationId: row.organisation_id,
    organisationName: row.organisation_name, teamId: row.team_id, passwordChangeRequired: row.password_change_required,
    secondFactorMissing: row.second_factor_missing, hasSecondFactor: row.has_second_factor,
  };
}

/** Reloaded on every request, so a disabled account or a changed role takes effect at once. */
export async function loadSessionUser(db: Kysely<Database>, userId: string | undefined): Promise<SessionUser | null> {
  if (!userId) return null;
  const result = await sql<UserRow>`SELECT ${userColumns} FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = ${userId}`.execute(db);
  return toSessionUser(result.rows[0]);
}

/**
 * The session and its user in one round trip, for the session store: every request needs both, and the
 * user is still read fresh on every request.
 */
export async function loadSessionWithUser(db: Kysely<Database>, sid: string): Promise<{ data: unknown; user: SessionUser | null } | null> {
  const result = await sql<UserRow & { data: unknown }>`
    SELECT s.data, ${userColumns}
    FROM sessions s
    LEFT JOIN users u ON u.id = (s.data->>'userId')::uuid
    LEFT JOIN organisations o ON o.id = u.organisation_id
    WHERE s.sid = ${sid} AND s.expires_at > now()`.execute(db);
  const row = result.rows[0];
  return row ? { data: row.data, user: toSessionUser(row) } : null;
}
