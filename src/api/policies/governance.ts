import type { Actor, GovernanceRefusal, Verdict } from '../../domain/governance.ts';
import { RondomError, type RefusalSubject } from '../../errors.ts';
import type { SessionUser } from '../auth/sessionUser.ts';

/** The user as the governance rules see them: a team lead acts for the team they lead. */
export const governanceActor = (user: SessionUser): Actor =>
  ({ userId: user.id, leadsTeamId: user.roles.includes('team_lead') ? user.teamId : null });

const explanations: Record<GovernanceRefusal, string> = {
  ONLY_REGISSEUR_CHANGES_DIRECTION: 'Only the regisseur of this family (or their team lead) hands over or ends the direction; you can propose a handover',
  DIRECTION_WITH_CERTIFIED_INSTITUTION: 'While a compulsory measure runs, the direction lies with the certified institution that carries it out',
  NOT_YOURS_TO_END: "Only the professional themselves, the regisseur or the professional's team lead ends an involvement",
  ONLY_REGISSEUR_ACKNOWLEDGES: "Only the family's regisseur acknowledges an alert; add a note instead",
  PROPOSAL_NOT_YOURS_TO_DECIDE: 'Only the regisseur or the proposed person decides a proposed handover, and nobody accepts their own proposal',
};

/**
 * Turns a refused governance rule into a 403 with its stable code. The error carries what was attempted, so
 * it is logged like every other refusal (src/api/refusals.ts).
 */
export function enforce(verdict: Verdict, subject: RefusalSubject, params: Record<string, string | number> = {}): void {
  if (verdict.ok) return;
  throw new RondomError(verdict.refusal, explanations[verdict.refusal], [], params, subject);
}
