import { describe, expect, it } from 'vitest';
import type { Professional, Regie } from '../../domain/governance.ts';
import type { SessionUser } from '../auth/sessionUser.ts';
import { canOnHousehold, householdAbilities, type GovernanceFacts } from './household.ts';

const user = (id: string, roles: SessionUser['roles'] = ['professional'], teamId: string | null = null): SessionUser => ({
  id, email: `${id}@test`, name: id, roles, organisationId: 'org', organisationName: 'Org', teamId,
  passwordChangeRequired: false, secondFactorMissing: false, hasSecondFactor: false,
});
const pro = (userId: string, organisationKind = 'district_team', teamId: string | null = null): Professional =>
  ({ userId, organisationId: organisationKind, organisationKind, teamId });
const leads = (p: Professional): Regie => ({ holder: { kind: 'user', userId: p.userId }, professional: p });

const anouk = pro('anouk', 'district_team', 'noord');
const bram = pro('bram');
const linda = pro('linda', 'child_protection');
const facts = (current: Regie | null, measure: GovernanceFacts['measure'] = 'none'): GovernanceFacts => ({
  measure, current, involvements: [{ id: 'i-anouk', professional: anouk }, { id: 'i-bram', professional: bram }, { id: 'i-linda', professional: linda }],
});
const governance = (can: ReturnType<typeof householdAbilities>) => ({
  assign: can.assignDirection, handOver: can.handOverDirection, end: can.endDirection, propose: can.proposeHandover,
  acknowledge: can.acknowledgeAlert, note: can.addAlertNote, endInvolvements: can.endInvolvements,
});

describe('household abilities follow the governance rules', () => {
  it('gives the regisseur handover, ending, acknowledging and ending anyone\'s involvement; nothing to assign', () => {
    expect(governance(householdAbilities(user('anouk'), 'involved', facts(leads(anouk))))).toEqual({
      assign: false, handOver: true, end: true, propose: false, acknowledge: true, note: true, endInvolvements: ['i-anouk', 'i-bram', 'i-linda'],
    });
  });

  it('lets another involved professional propose and add notes, and end only their own involvement', () => {
    expect(governance(householdAbilities(user('bram'), 'involved', facts(leads(anouk))))).toEqual({
      assign: false, handOver: false, end: false, propose: true, acknowledge: false, note: true, endInvolvements: ['i-bram'],
    });
  });

  it('lets the team lead of the regisseur hand over and end, and end their team member\'s involvement, without case writes', () => {
    const can = householdAbilities(user('lead', ['professional', 'team_lead'], 'noord'), 'team_lead', facts(leads(anouk)));
    expect(governance(can)).toEqual({ assign: false, handOver: true, end: true, propose: false, acknowledge: false, note: false, endInvolvements: ['i-anouk'] });
    expect(can.registerSignal).toBe(false);
  });

  it('offers assigning, and acknowledging to anyone involved, while nobody leads', () => {
    expect(governance(householdAbilities(user('bram'), 'involved', facts(null)))).toMatchObject({ assign: true, handOver: false, end: false, propose: false, acknowledge: true });
  });

  it('does not offer ending the direction while the certified institution leads under a compulsory measure', () => {
    expect(governance(householdAbilities(user('linda'), 'involved', facts(leads(linda), 'compulsory')))).toMatchObject({ handOver: true, end: false });
  });

  it('gives nothing to someone not involved, whatever the facts', () => {
    const can = householdAbilities(user('outsider'), 'none', facts(leads(pro('outsider'))));
    expect(governance(can)).toEqual({ assign: false, handOver: false, end: false, propose: false, acknowledge: false, note: false, endInvolvements: [] });
    for (const action of ['handOverDirection', 'endDirection', 'proposeHandover', 'decideHandoverProposal', 'addAlertNote', 'endInvolvement'] as const) {
      expect(canOnHousehold(user('outsider'), 'none', action)).toBe(false);
      expect(canOnHousehold(user('admin', ['administrator']), 'involved', action)).toBe(false);
    }
  });
});
