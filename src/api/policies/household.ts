import {
  acknowledgingUserId,
  answersForDirection, mayAcknowledgeAlert, mayEndDirection, mayEndInvolvement, type Measure, type Professional, type Regie,
} from '../../domain/governance.ts';
import { caseRoles } from '../../domain/roles.ts';
import type { HouseholdAbilities } from '../contract.ts';
import type { SessionUser } from '../auth/sessionUser.ts';
import { governanceActor } from './governance.ts';
import { hasRole, type Relationship } from './policy.ts';

export type HouseholdAction =
  | 'list' | 'create' | 'read' | 'update' | 'addPerson' | 'addInvolvement' | 'endInvolvement' | 'addNetwork'
  | 'setGuardian' | 'move' | 'assignDirection' | 'handOverDirection' | 'endDirection'
  | 'proposeHandover' | 'decideHandoverProposal'
  | 'registerSignal' | 'readTimeline' | 'readAlerts' | 'acknowledgeAlert' | 'addAlertNote'
  | 'requestHistory' | 'readHistoryRequests' | 'decideHistoryRequest';

/**
 * Who may do what with a household. Only the case roles (professional, team lead) ever see case content;
 * administrators, privacy officers and overseers do not. Anything not listed is denied.
 * - 'any': every case role, no relationship needed (the collection, creating a new family);
 * - 'involved': currently involved in this household;
 * - 'team_lead': team lead of a currently involved team member (sees the family, can add involvement).
 */
const grants: Record<HouseholdAction, ReadonlyArray<'any' | Exclude<Relationship, 'none'>>> = {
  list: ['any'],
  create: ['any'],
  read: ['involved', 'team_lead'],
  addInvolvement: ['involved', 'team_lead'],
  update: ['involved'],
  addPerson: ['involved'],
  // …and then only their own, as regisseur anyone's, as team lead their team member's (src/domain/governance.ts).
  endInvolvement: ['involved', 'team_lead'],
  addNetwork: ['involved'],
  setGuardian: ['involved'],
  move: ['involved'],
  assignDirection: ['involved'],
  // …and then only the regisseur or their team lead; a running compulsory measure keeps the direction with
  // the certified institution (src/domain/governance.ts). Everyone else involved proposes.
  handOverDirection: ['involved', 'team_lead'],
  endDirection: ['involved', 'team_lead'],
  proposeHandover: ['involved'],
  // …the regisseur or their team lead, or the proposed person (not for their own proposal).
  decideHandoverProposal: ['involved', 'team_lead'],
  registerSignal: ['involved'],
  readTimeline: ['involved', 'team_lead'],
  readAlerts: ['involved', 'team_lead'],
  // …and then only the regisseur; without one, anyone involved. Everyone involved adds notes.
  acknowledgeAlert: ['involved'],
  addAlertNote: ['involved'],
  requestHistory: ['involved'],
  readHistoryRequests: ['involved', 'team_lead'],
  // …and then only the regisseur (a domain rule: src/domain/historyRequest.ts).
  decideHistoryRequest: ['involved'],
};

export function canOnHousehold(user: SessionUser | null, relationship: Relationship, action: HouseholdAction): boolean {
  if (!user || !hasRole(user, ...caseRoles)) return false;
  return grants[action].some((grant) => grant === 'any' || grant === relationship);
}

/** What the family's governance (who leads, a running measure, who is involved) adds to the policy. */
export interface GovernanceFacts {
  measure: Measure; current: Regie | null;
  involvements: ReadonlyArray<{ id: string; professional: Professional }>;
}

export function householdAbilities(user: SessionUser, relationship: Relationship, facts: GovernanceFacts): HouseholdAbilities {
  const can = (action: HouseholdAction) => canOnHousehold(user, relationship, action);
  const actor = governanceActor(user);
  const { measure, current } = facts;
  const leads = current !== null && answersForDirection(actor, current);
  return {
    update: can('update'), addPerson: can('addPerson'), addInvolvement: can('addInvolvement'), addNetwork: can('addNetwork'),
    assignDirection: can('assignDirection') && current === null,
    handOverDirection: can('handOverDirection') && leads,
    endDirection: can('endDirection') && current !== null && mayEndDirection({ actor, measure, current }).ok,
    proposeHandover: can('proposeHandover') && current !== null && !leads,
    setGuardian: can('setGuardian'), move: can('move'), registerSignal: can('registerSignal'),
    acknowledgeAlert: can('acknowledgeAlert') && mayAcknowledgeAlert({ actor, actorInvolved: relationship === 'involved', regisseurUserId: acknowledgingUserId(current) }).ok,
    addAlertNote: can('addAlertNote'),
    endInvolvements: can('endInvolvement')
      ? facts.involvements.filter((i) => mayEndInvolvement({ actor, involved: i.professional, current }).ok).map((i) => i.id) : [],
    requestHistory: can('requestHistory'),
  };
}
