import type { DirectionHolder } from './direction.ts';

/**
 * Who may change who leads a family, who may end someone's involvement, and who closes a family's alert.
 * The policy (src/api/policies/household.ts) decides who may try at all (involved, or team lead of someone
 * involved); these rules decide, given who leads now, whether this person may do this. Every refusal has a
 * stable code; the API answers it with 403 (the family stays visible to the people it refuses).
 */

/** A professional as these rules see them: their organisation (and its kind) and their team. */
export interface Professional {
  userId: string; organisationId: string; organisationKind: string; teamId: string | null;
  /** A deactivated account cannot act; a family it leads must not be stuck with it. */
  deactivated?: boolean;
}

/** Who acts: the team they lead, when they are a team lead (`null` otherwise). */
export interface Actor { userId: string; leadsTeamId: string | null }

/**
 * A holder of the direction together with the professional who answers for it: the regisseur themselves, or,
 * for a family member who leads, the professional supporting them (who counts as the regisseur here).
 */
export interface Regie { holder: DirectionHolder; professional: Professional }

/**
 * 'compulsory': a child protection measure runs (escalation level `compulsory`). The direction then lies with
 * the certified institution (an organisation of kind `child_protection`) that carries it out.
 */
export type Measure = 'none' | 'compulsory';

/** The kind of organisation that carries out a compulsory measure (gecertificeerde instelling, jeugdbescherming). */
export const certifiedInstitutionKind = 'child_protection';

export type GovernanceRefusal =
  | 'ONLY_REGISSEUR_CHANGES_DIRECTION'
  | 'DIRECTION_WITH_CERTIFIED_INSTITUTION'
  | 'NOT_YOURS_TO_END'
  | 'ONLY_REGISSEUR_ACKNOWLEDGES'
  | 'PROPOSAL_NOT_YOURS_TO_DECIDE';

export type Verdict = { ok: true } | { ok: false; refusal: GovernanceRefusal };

const allow: Verdict = { ok: true };
const refuse = (refusal: GovernanceRefusal): Verdict => ({ ok: false, refusal });

/** The user who answers for a holder: the professional, or the professional supporting a family member. */
export function answeringUserId(holder: DirectionHolder): string {
  return holder.kind === 'user' ? holder.userId : holder.supportedByUserId;
}

/** A team lead acts for the members of the team they lead, not for anyone else's. */
export function leadsTeamOf(actor: Actor, professional: Professional): boolean {
  return actor.leadsTeamId !== null && actor.leadsTeamId === professional.teamId;
}

/**
 * The regisseur (or the professional supporting a family member who leads), or their team lead. When the
 * regisseur's account is deactivated nobody else would be left to hand over: then whoever may act in the
 * family (the callers have checked that) answers for it, within the measure's rules.
 */
export function answersForDirection(actor: Actor, current: Regie): boolean {
  if (current.professional.deactivated) return true;
  return actor.userId === current.professional.userId || leadsTeamOf(actor, current.professional);
}

/** The user who closes alerts for the family: the regisseur, unless nobody leads or their account is deactivated. */
export const acknowledgingUserId = (current: Regie | null): string | null =>
  current && !current.professional.deactivated ? current.professional.userId : null;

/** Whether the certified institution carrying out the measure holds the direction now. */
export function institutionLeads(measure: Measure, current: Regie | null): boolean {
  return measure === 'compulsory' && current !== null && current.holder.kind === 'user'
    && current.professional.organisationKind === certifiedInstitutionKind;
}

/**
 * Under a compulsory measure the direction can only go to a professional of a certified institution, and once
 * that institution leads, only to a colleague in the same institution (the one carrying out the measure).
 * Without a measure anyone who may lead may be given the direction.
 */
export function measureAllowsHolder({ measure, current, to }: { measure: Measure; current: Regie | null; to: Regie }): Verdict {
  if (measure !== 'compulsory') return allow;
  if (to.holder.kind !== 'user' || to.professional.organisationKind !== certifiedInstitutionKind) return refuse('DIRECTION_WITH_CERTIFIED_INSTITUTION');
  if (institutionLeads(measure, current) && current!.professional.organisationId !== to.professional.organisationId) {
    return refuse('DIRECTION_WITH_CERTIFIED_INSTITUTION');
  }
  return allow;
}

/** Assigning when nobody leads: the policy lets anyone involved; a running measure limits to whom. */
export function mayAssignDirection({ measure, to }: { measure: Measure; to: Regie }): Verdict {
  return measureAllowsHolder({ measure, current: null, to });
}

/** Handing over: the regisseur or their team lead, and never away from the institution while a measure runs. */
export function mayHandOverDirection({ actor, measure, current, to }: { actor: Actor; measure: Measure; current: Regie; to: Regie }): Verdict {
  if (!answersForDirection(actor, current)) return refuse('ONLY_REGISSEUR_CHANGES_DIRECTION');
  return measureAllowsHolder({ measure, current, to });
}

/** Ending the direction: the regisseur or their team lead; not while the institution leads under a measure. */
export function mayEndDirection({ actor, measure, current }: { actor: Actor; measure: Measure; current: Regie }): Verdict {
  if (!answersForDirection(actor, current)) return refuse('ONLY_REGISSEUR_CHANGES_DIRECTION');
  if (institutionLeads(measure, current)) return refuse('DIRECTION_WITH_CERTIFIED_INSTITUTION');
  return allow;
}

/** Anyone involved may propose a handover; a proposal the measure would refuse is refused now, not at acceptance. */
export function mayProposeHandover({ measure, current, to }: { measure: Measure; current: Regie; to: Regie }): Verdict {
  return measureAllowsHolder({ measure, current, to });
}

export interface ProposalFacts { proposedByUserId: string; to: Regie }

/**
 * A proposal is decided by the regisseur (or their team lead), or by the proposed person (for a family member,
 * the professional who would support them). Nobody accepts their own proposal: that would be taking the
 * direction alone. Accepting is a handover, so the measure rule is checked again at that moment.
 */
export function mayDecideProposal({ actor, decision, measure, current, proposal }: {
  actor: Actor; decision: 'accept' | 'decline'; measure: Measure; current: Regie; proposal: ProposalFacts;
}): Verdict {
  const forRegisseur = answersForDirection(actor, current);
  const proposed = actor.userId === proposal.to.professional.userId;
  if (!forRegisseur && !proposed) return refuse('PROPOSAL_NOT_YOURS_TO_DECIDE');
  if (decision === 'decline') return allow;
  if (!forRegisseur && proposal.proposedByUserId === actor.userId) return refuse('PROPOSAL_NOT_YOURS_TO_DECIDE');
  return measureAllowsHolder({ measure, current, to: proposal.to });
}

/** Ending an involvement: the professional themselves, the regisseur, or the professional's team lead. */
export function mayEndInvolvement({ actor, involved, current }: { actor: Actor; involved: Professional; current: Regie | null }): Verdict {
  if (actor.userId === involved.userId) return allow;
  if (current && actor.userId === current.professional.userId) return allow;
  if (leadsTeamOf(actor, involved)) return allow;
  return refuse('NOT_YOURS_TO_END');
}

/**
 * A pattern alert is closed for everyone, so the regisseur closes it; without a regisseur any involved
 * professional does. Everyone else involved adds a note, which is kept with the alert.
 */
export function mayAcknowledgeAlert({ actor, actorInvolved, regisseurUserId }: {
  actor: Actor; actorInvolved: boolean;
  /** The user who answers for the direction now (see `answeringUserId`), or null when nobody leads. */
  regisseurUserId: string | null;
}): Verdict {
  if (regisseurUserId !== null) return actor.userId === regisseurUserId ? allow : refuse('ONLY_REGISSEUR_ACKNOWLEDGES');
  return actorInvolved ? allow : refuse('ONLY_REGISSEUR_ACKNOWLEDGES');
}
