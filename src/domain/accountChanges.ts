/**
 * What an administrator changed on an account, field by field with the old and new value: the audit
 * trail keeps it, and the privacy officer reads in it who was given the team-lead role or moved into a
 * team (each widens what that account may see).
 */
export interface AccountFields {
  name: string; email: string; phone: string | null; roles: string[];
  team: { id: string; name: string } | null; secondFactor: boolean;
}

export type AccountChanges = { [K in keyof AccountFields]?: { from: AccountFields[K]; to: AccountFields[K] } };

const sameRoles = (a: string[], b: string[]) => a.length === b.length && [...a].sort().every((role, i) => role === [...b].sort()[i]);

export function accountChanges(current: AccountFields, wanted: Partial<AccountFields>): AccountChanges {
  const changes: AccountChanges = {};
  if (wanted.name !== undefined && wanted.name !== current.name) changes.name = { from: current.name, to: wanted.name };
  if (wanted.email !== undefined && wanted.email !== current.email) changes.email = { from: current.email, to: wanted.email };
  if (wanted.phone !== undefined && (wanted.phone || null) !== current.phone) changes.phone = { from: current.phone, to: wanted.phone || null };
  if (wanted.roles !== undefined && !sameRoles(wanted.roles, current.roles)) changes.roles = { from: current.roles, to: [...new Set(wanted.roles)] };
  if (wanted.team !== undefined && (wanted.team?.id ?? null) !== (current.team?.id ?? null)) changes.team = { from: current.team, to: wanted.team };
  if (wanted.secondFactor !== undefined && wanted.secondFactor !== current.secondFactor) changes.secondFactor = { from: current.secondFactor, to: wanted.secondFactor };
  return changes;
}

/**
 * Changes that widen what the account may see, or who can get into it: the team-lead role or a case role
 * granted, a move into (another) team, another e-mail address (where its links go), a second factor reset.
 */
export function widensAccess(changes: AccountChanges & { secondFactorReset?: boolean }): boolean {
  const grantsTeamLead = Boolean(changes.roles && changes.roles.to.includes('team_lead') && !changes.roles.from.includes('team_lead'));
  const grantsCaseRole = Boolean(changes.roles && changes.roles.to.some((r) => (r === 'professional' || r === 'team_lead') && !changes.roles!.from.includes(r)));
  return grantsTeamLead || grantsCaseRole || Boolean(changes.team && changes.team.to !== null) || Boolean(changes.email) || Boolean(changes.secondFactorReset);
}
