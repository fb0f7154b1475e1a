import type { HouseholdDetail } from '../../api/contract.ts';
import { activeInvolvements } from './props.ts';

export interface HolderOption { value: string; label: string; group: 'professional' | 'family' }

/** Who can lead: an involved professional, or an adult of the family (supported by the professional who assigns). */
export function holderOptions(family: HouseholdDetail): HolderOption[] {
  return [
    ...activeInvolvements(family).map((i): HolderOption => ({ value: `user:${i.userId}`, label: `${i.name} — ${i.organisationName}`, group: 'professional' })),
    ...family.adults.map((p): HolderOption => ({ value: `person:${p.id}`, label: `${p.firstName} ${p.lastName}`, group: 'family' })),
  ];
}

export const isCurrentHolder = (family: HouseholdDetail, value: string) => {
  const r = family.regisseur;
  return Boolean(r && (value === `user:${r.userId}` || value === `person:${r.personId}`));
};

export function splitHolder(value: string): { kind: 'user' | 'person'; id: string } {
  const [kind, id = ''] = value.split(':');
  return { kind: kind === 'person' ? 'person' : 'user', id };
}
