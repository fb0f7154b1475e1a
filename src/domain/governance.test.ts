import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDecision, currentDirection, decideDirection, type DirectionPeriod } from './direction.ts';
import {
  acknowledgingUserId, answeringUserId, mayAcknowledgeAlert, mayAssignDirection, mayDecideProposal, mayEndDirection, mayEndInvolvement, mayHandOverDirection,
  mayProposeHandover, type Actor, type Measure, type Professional, type Regie,
} from './governance.ts';

const pro = (userId: string, organisationKind: string, organisationId = organisationKind, teamId: string | null = null): Professional =>
  ({ userId, organisationId, organisationKind, teamId });
const asUser = (professional: Professional): Regie => ({ holder: { kind: 'user', userId: professional.userId }, professional });
const actor = (userId: string, leadsTeamId: string | null = null): Actor => ({ userId, leadsTeamId });

const anouk = pro('anouk', 'district_team', 'wijkteam', 'team-noord');
const bram = pro('bram', 'district_team', 'wijkteam', 'team-zuid');
const linda = pro('linda', 'child_protection', 'gi-west');
const lisa = pro('lisa', 'child_protection', 'gi-west');
const omar = pro('omar', 'child_protection', 'gi-oost');
const mother: Regie = { holder: { kind: 'person', personId: 'moeder', supportedByUserId: 'anouk' }, professional: anouk };
const refused = (refusal: string) => ({ ok: false, refusal });

describe('handing over and ending the direction', () => {
  it('lets the regisseur hand over and end it', () => {
    expect(mayHandOverDirection({ actor: actor('anouk'), measure: 'none', current: asUser(anouk), to: asUser(bram) })).toEqual({ ok: true });
    expect(mayEndDirection({ actor: actor('anouk'), measure: 'none', current: asUser(anouk) })).toEqual({ ok: true });
  });

  it('lets the team lead of the regisseur do it, but not a team lead of another team', () => {
    expect(mayHandOverDirection({ actor: actor('lead', 'team-noord'), measure: 'none', current: asUser(anouk), to: asUser(bram) })).toEqual({ ok: true });
    expect(mayEndDirection({ actor: actor('lead', 'team-zuid'), measure: 'none', current: asUser(anouk) })).toEqual(refused('ONLY_REGISSEUR_CHANGES_DIRECTION'));
  });

  it('refuses any other involved professional, who can only propose', () => {
    expect(mayHandOverDirection({ actor: actor('bram'), measure: 'none', current: asUser(anouk), to: asUser(bram) })).toEqual(refused('ONLY_REGISSEUR_CHANGES_DIRECTION'));
    expect(mayEndDirection({ actor: actor('bram'), measure: 'none', current: asUser(anouk) })).toEqual(refused('ONLY_REGISSEUR_CHANGES_DIRECTION'));
    expect(mayProposeHandover({ measure: 'none', current: asUser(anouk), to: asUser(bram) })).toEqual({ ok: true });
  });

  it('does not leave a family stuck with a regisseur whose account is deactivated: whoever may act hands over or closes alerts', () => {
    const gone = asUser({ ...anouk, deactivated: true });
    expect(mayHandOverDirection({ actor: actor('bram'), measure: 'none', current: gone, to: asUser(bram) })).toEqual({ ok: true });
    expect(mayEndDirection({ actor: actor('bram'), measure: 'none', current: gone })).toEqual({ ok: true });
    expect(acknowledgingUserId(gone)).toBeNull();
    expect(acknowledgingUserId(asUser(anouk))).toBe('anouk');
    expect(mayAcknowledgeAlert({ actor: actor('bram'), actorInvolved: true, regisseurUserId: acknowledgingUserId(gone) })).toEqual({ ok: true });
  });

  it('counts the professional supporting a family member who leads as the regisseur', () => {
    expect(mayEndDirection({ actor: actor('anouk'), measure: 'none', current: mother })).toEqual({ ok: true });
    expect(mayEndDirection({ actor: actor('bram'), measure: 'none', current: mother })).toEqual(refused('ONLY_REGISSEUR_CHANGES_DIRECTION'));
  });
});

describe('under a compulsory measure', () => {
  it('assigns the direction only to the certified institution', () => {
    expect(mayAssignDirection({ measure: 'compulsory', to: asUser(anouk) })).toEqual(refused('DIRECTION_WITH_CERTIFIED_INSTITUTION'));
    expect(mayAssignDirection({ measure: 'compulsory', to: { ...mother, professional: linda } })).toEqual(refused('DIRECTION_WITH_CERTIFIED_INSTITUTION'));
    expect(mayAssignDirection({ measure: 'compulsory', to: asUser(linda) })).toEqual({ ok: true });
    expect(mayAssignDirection({ measure: 'none', to: asUser(anouk) })).toEqual({ ok: true });
  });

  it('keeps the direction within the institution that carries out the measure', () => {
    const current = asUser(linda);
    expect(mayHandOverDirection({ actor: actor('linda'), measure: 'compulsory', current, to: asUser(lisa) })).toEqual({ ok: true });
    expect(mayHandOverDirection({ actor: actor('linda'), measure: 'compulsory', current, to: asUser(anouk) })).toEqual(refused('DIRECTION_WITH_CERTIFIED_INSTITUTION'));
    expect(mayHandOverDirection({ actor: actor('linda'), measure: 'compulsory', current, to: asUser(omar) })).toEqual(refused('DIRECTION_WITH_CERTIFIED_INSTITUTION'));
    expect(mayEndDirection({ actor: actor('linda'), measure: 'compulsory', current })).toEqual(refused('DIRECTION_WITH_CERTIFIED_INSTITUTION'));
    expect(mayProposeHandover({ measure: 'compulsory', current, to: asUser(anouk) })).toEqual(refused('DIRECTION_WITH_CERTIFIED_INSTITUTION'));
  });

  it('lets a district team that still leads hand the direction to the institution, or end it', () => {
    expect(mayHandOverDirection({ actor: actor('anouk'), measure: 'compulsory', current: asUser(anouk), to: asUser(linda) })).toEqual({ ok: true });
    expect(mayHandOverDirection({ actor: actor('anouk'), measure: 'compulsory', current: asUser(anouk), to: asUser(bram) })).toEqual(refused('DIRECTION_WITH_CERTIFIED_INSTITUTION'));
    expect(mayEndDirection({ actor: actor('anouk'), measure: 'compulsory', current: asUser(anouk) })).toEqual({ ok: true });
  });
});

describe('deciding a proposed handover', () => {
  const proposal = { proposedByUserId: 'bram', to: asUser(bram) };
  it('is for the regisseur or the proposed person, and nobody accepts their own proposal', () => {
    const current = asUser(anouk);
    expect(mayDecideProposal({ actor: actor('anouk'), decision: 'accept', measure: 'none', current, proposal })).toEqual({ ok: true });
    expect(mayDecideProposal({ actor: actor('bram'), decision: 'accept', measure: 'none', current, proposal })).toEqual(refused('PROPOSAL_NOT_YOURS_TO_DECIDE'));
    expect(mayDecideProposal({ actor: actor('bram'), decision: 'decline', measure: 'none', current, proposal })).toEqual({ ok: true });
    const byThird = { proposedByUserId: 'linda', to: asUser(bram) };
    expect(mayDecideProposal({ actor: actor('bram'), decision: 'accept', measure: 'none', current, proposal: byThird })).toEqual({ ok: true });
    expect(mayDecideProposal({ actor: actor('linda'), decision: 'accept', measure: 'none', current, proposal: byThird })).toEqual(refused('PROPOSAL_NOT_YOURS_TO_DECIDE'));
    expect(mayDecideProposal({ actor: actor('linda'), decision: 'decline', measure: 'none', current, proposal: byThird })).toEqual(refused('PROPOSAL_NOT_YOURS_TO_DECIDE'));
  });

  it('checks the measure again when accepting', () => {
    expect(mayDecideProposal({ actor: actor('linda'), decision: 'accept', measure: 'compulsory', current: asUser(linda), proposal: { proposedByUserId: 'bram', to: asUser(bram) } }))
      .toEqual(refused('DIRECTION_WITH_CERTIFIED_INSTITUTION'));
  });
});

describe('ending an involvement', () => {
  it('is for the professional themselves, the regisseur, or their team lead', () => {
    const current = asUser(linda);
    expect(mayEndInvolvement({ actor: actor('bram'), involved: bram, current })).toEqual({ ok: true });
    expect(mayEndInvolvement({ actor: actor('linda'), involved: bram, current })).toEqual({ ok: true });
    expect(mayEndInvolvement({ actor: actor('lead', 'team-zuid'), involved: bram, current })).toEqual({ ok: true });
    expect(mayEndInvolvement({ actor: actor('lead', 'team-noord'), involved: bram, current })).toEqual(refused('NOT_YOURS_TO_END'));
    expect(mayEndInvolvement({ actor: actor('anouk'), involved: bram, current })).toEqual(refused('NOT_YOURS_TO_END'));
    expect(mayEndInvolvement({ actor: actor('anouk'), involved: bram, current: null })).toEqual(refused('NOT_YOURS_TO_END'));
  });
});

describe('acknowledging an alert', () => {
  it('is for the regisseur; without one, for anyone involved', () => {
    expect(mayAcknowledgeAlert({ actor: actor('anouk'), actorInvolved: true, regisseurUserId: answeringUserId(mother.holder) })).toEqual({ ok: true });
    expect(mayAcknowledgeAlert({ actor: actor('bram'), actorInvolved: true, regisseurUserId: answeringUserId(mother.holder) })).toEqual(refused('ONLY_REGISSEUR_ACKNOWLEDGES'));
    expect(mayAcknowledgeAlert({ actor: actor('lead', 'team-noord'), actorInvolved: false, regisseurUserId: 'anouk' })).toEqual(refused('ONLY_REGISSEUR_ACKNOWLEDGES'));
    expect(mayAcknowledgeAlert({ actor: actor('bram'), actorInvolved: true, regisseurUserId: null })).toEqual({ ok: true });
    expect(mayAcknowledgeAlert({ actor: actor('lead', 'team-zuid'), actorInvolved: false, regisseurUserId: null })).toEqual(refused('ONLY_REGISSEUR_ACKNOWLEDGES'));
  });
});

describe('property: a running measure keeps the direction with the institution', () => {
  const everyone = [anouk, bram, linda, lisa, omar];
  const byId = new Map(everyone.map((p) => [p.userId, p]));
  const regieOf = (period: DirectionPeriod | null): Regie | null => {
    if (!period) return null;
    const userId = period.holder.kind === 'user' ? period.holder.userId : period.holder.supportedByUserId;
    return { holder: period.holder, professional: byId.get(userId)! };
  };
  const someone = fc.constantFrom(...everyone);
  const target = fc.oneof(
    someone.map(asUser),
    someone.map((p): Regie => ({ holder: { kind: 'person', personId: 'moeder', supportedByUserId: p.userId }, professional: p })),
  );
  const actorArb = fc.oneof(someone.map((p) => actor(p.userId)), fc.constantFrom('team-noord', 'team-zuid').map((team) => actor('lead', team)));
  const command = fc.oneof(
    fc.record({ type: fc.constant('handover' as const), actor: actorArb, to: target }),
    fc.record({ type: fc.constant('end' as const), actor: actorArb }),
    fc.record({ type: fc.constant('assign' as const), actor: actorArb, to: target }),
    fc.record({ type: fc.constant('accept' as const), actor: actorArb, proposedBy: someone, to: target }),
  );

  it('no sequence of commands by anyone moves the direction away from the institution that carries out the measure', () => {
    fc.assert(fc.property(fc.array(command, { maxLength: 30 }), (commands) => {
      const measure: Measure = 'compulsory';
      let history: DirectionPeriod[] = applyDecision([], decideDirection(null, { type: 'assign', id: 'start', holder: { kind: 'user', userId: 'linda' }, mandate: 'OTS', at: new Date(0) }));
      commands.forEach((c, index) => {
        const at = new Date((index + 1) * 1000);
        const current = regieOf(currentDirection(history));
        let verdict;
        if (c.type === 'assign') verdict = current ? { ok: false } : mayAssignDirection({ measure, to: c.to });
        else if (!current) verdict = { ok: false };
        else if (c.type === 'handover') verdict = mayHandOverDirection({ actor: c.actor, measure, current, to: c.to });
        else if (c.type === 'end') verdict = mayEndDirection({ actor: c.actor, measure, current });
        else {
          const proposal = { proposedByUserId: c.proposedBy.userId, to: c.to };
          verdict = mayProposeHandover({ measure, current, to: c.to }).ok
            ? mayDecideProposal({ actor: c.actor, decision: 'accept', measure, current, proposal }) : { ok: false };
        }
        if (!verdict.ok) return;
        const command = c.type === 'end' ? { type: 'end' as const, note: 'n', at }
          : c.type === 'assign' ? { type: 'assign' as const, id: `d${index}`, holder: c.to.holder, mandate: 'm', at }
          : { type: 'handover' as const, id: `d${index}`, to: c.to.holder, note: 'n', at };
        history = applyDecision(history, decideDirection(currentDirection(history), command));
      });
      const now = regieOf(currentDirection(history));
      expect(now?.holder.kind).toBe('user');
      expect(now?.professional.organisationId).toBe('gi-west');
    }), { numRuns: 300 });
  });
});
