import { caseRoles } from '../../domain/roles.ts';
import type { HouseholdAbilities } from '../contract.ts';
import type { SessionUser } from '../auth/sessionUser.ts';
import { hasRole, type Relationship } from './policy.ts';

export type HouseholdAction =
  | 'list' | 'create' | 'read' | 'update' | 'addPerson' | 'addInvolvement' | 'endInvolvement' | 'addNetwork'
  | 'setGuardian' | 'move' | 'assignDirection' | 'handOverDirection' | 'endDirection'
  | 'registerSignal' | 'readTimeline' | 'readAlerts' | 'acknowledgeAlert'
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
  endInvolvement: ['involved'],
  addNetwork: ['involved'],
  setGuardian: ['involved'],
  move: ['involved'],
  assignDirection: ['involved'],
  handOverDirection: ['involved'],
  endDirection: ['involved'],
  registerSignal: ['involved'],
  readTimeline: ['involved', 'team_lead'],
  readAlerts: ['involved', 'team_lead'],
  acknowledgeAlert: ['involved'],
  requestHistory: ['involved'],
  readHistoryRequests: ['involved', 'team_lead'],
  // …and then only the regisseur (a domain rule: src/domain/historyRequest.ts).
  decideHistoryRequest: ['involved'],
};

export function canOnHousehold(user: SessionUser | null, relationship: Relationship, action: HouseholdAction): boolean {
  if (!user || !hasRole(user, ...caseRoles)) return false;
  return grants[action].some((grant) => grant === 'any' || grant === relationship);
}

export function householdAbilities(user: SessionUser, relationship: Relationship): HouseholdAbilities {
  const can = (action: HouseholdAction) => canOnHousehold(user, relationship, action);
  return {
    update: can('update'), addPerson: can('addPerson'), addInvolvement: can('addInvolvement'), addNetwork: can('addNetwork'),
    assignDirection: can('assignDirection'), handOverDirection: can('handOverDirection'),
    setGuardian: can('setGuardian'), move: can('move'), registerSignal: can('registerSignal'), acknowledgeAlert: can('acknowledgeAlert'),
    requestHistory: can('requestHistory'),
  };
}
