import type { HouseholdAbilities, HouseholdDetail } from '../../api/contract.ts';

export interface FamilySectionProps { family: HouseholdDetail; can: HouseholdAbilities; onChanged: () => void }

/** Abilities the API does not name separately (guardian, move) follow the same rule as adding to the network: involved. */
export const canChangeFamily = (can: HouseholdAbilities) => can.addNetwork;

export const activeInvolvements = (family: HouseholdDetail) => family.involvements.filter((i) => i.until === null);
export const activeNetwork = (family: HouseholdDetail) => family.network.filter((n) => n.until === null);
