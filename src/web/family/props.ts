import type { HouseholdAbilities, HouseholdDetail } from '../../api/contract.ts';

export interface FamilySectionProps { family: HouseholdDetail; can: HouseholdAbilities; onChanged: () => void }

/** Abilities the API does not name separately (guardian, move) follow the same rule as adding to the network: involved. */
export const canChangeFamily = (can: HouseholdAbilities) => can.addNetwork;

export const activeInvolvements = (family: HouseholdDetail) => family.involvements.filter((i) => i.until === null);
export const activeNetwork = (family: HouseholdDetail) => family.network.filter((n) => n.until === null);

/** The server says which involvements this user may end (their own; as regisseur anyone's; as team lead their team's). */
export const canEndInvolvement = (can: HouseholdAbilities, involvementId: string) => can.endInvolvements.includes(involvementId);
/** A member leaving is for those involved, like the other changes. */
export const canRecordLeaving = (can: HouseholdAbilities) => can.addPerson;

/** Involvements that ended (the server keeps them, with the end date), most recent first. */
export const endedInvolvements = (family: HouseholdDetail) =>
  family.involvements.filter((i) => i.until !== null).sort((a, b) => (b.until ?? '').localeCompare(a.until ?? ''));
