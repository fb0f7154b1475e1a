import { kindsOfGroup, type SignalKindEntry } from '../signals/vocabulary.ts';

/** What the timeline can be narrowed to; each choice stands for one or more item types of the API. */
export const typeChoices = {
  signal: ['signal'],
  members: ['member_joined', 'member_left'],
  moved: ['moved'],
  involvements: ['involvement_started', 'involvement_ended'],
  direction: ['direction_started', 'direction_ended'],
} as const;
export type TypeChoice = keyof typeof typeChoices;

export interface TimelineFilter { type: TypeChoice | ''; group: string; personId: string }
export const noFilter: TimelineFilter = { type: '', group: '', personId: '' };

/** The query string for the timeline endpoints; a kind group implies signals only. */
export function timelineQueryString(filter: TimelineFilter, kinds: SignalKindEntry[]): string {
  const params = new URLSearchParams();
  if (filter.group) {
    params.set('types', 'signal');
    params.set('kinds', kindsOfGroup(kinds, filter.group).join(','));
  } else if (filter.type) {
    params.set('types', typeChoices[filter.type].join(','));
  }
  if (filter.personId) params.set('personId', filter.personId);
  const query = params.toString();
  return query ? `?${query}` : '';
}
