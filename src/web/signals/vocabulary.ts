import i18next from 'i18next';
import type { HouseholdDetail, PersonView } from '../../api/contract.ts';
import { formatList } from '../format.ts';
import { useResource } from '../components/useResource.ts';

/** The groups of the signal vocabulary, in the order a professional thinks of them: the child first. */
export const signalGroups = ['child', 'adult', 'incident', 'help', 'life_event'] as const;
export type SignalGroup = (typeof signalGroups)[number];

export interface LocalisedText { nl: string; en: string }
export interface SignalKindEntry { code: string; group: SignalGroup; label: LocalisedText }

/** Text in the current language (Dutch unless English is chosen). */
export const inLanguage = (text: LocalisedText | null | undefined, language: string) => (text ? (language === 'en' ? text.en : text.nl) : '');

/** The fixed vocabulary of signal kinds, as the server serves it. */
export function useSignalKinds() {
  const { data, error } = useResource<SignalKindEntry[]>('/vocabulary/signal-kinds');
  return { kinds: data ?? [], error };
}

export const kindsOfGroup = (kinds: SignalKindEntry[], group: string) => kinds.filter((kind) => kind.group === group).map((kind) => kind.code);

/** The members of a family, children first, for choosing and for naming the persons of a timeline item. */
export const membersChildrenFirst = (family: HouseholdDetail): PersonView[] => [...family.children, ...family.adults];

export function firstNames(family: HouseholdDetail | null, personIds: string[]): string {
  if (!family) return '';
  const everyone = [...family.children, ...family.adults, ...family.formerMembers];
  // Children first, in the family's own order, whatever order the signal named them in.
  return formatList(everyone.filter((person) => personIds.includes(person.id)).map((person) => person.firstName), i18next.language);
}

export type Severity = 'low' | 'medium' | 'high';
export const severities: Severity[] = ['low', 'medium', 'high'];
export const severityBadge: Record<string, string> = { low: 'rondom-badge--neutral', medium: 'rondom-badge--warning', high: 'rondom-badge--danger' };
