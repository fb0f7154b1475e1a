/**
 * Which signal kinds count as what for the pattern rules. Kept in one place so the documentation
 * (docs/patterns.md), the vocabulary endpoint and the rules cannot drift apart.
 */
import type { TimelineEvent } from './timeline.ts';
import { signalKindVocabulary, type SignalKindCode } from './vocabulary.ts';

const kinds = (...codes: SignalKindCode[]): ReadonlySet<SignalKindCode> => new Set(codes);
const groupKinds = (group: string): SignalKindCode[] =>
  signalKindVocabulary.filter((entry) => entry.group === group).map((entry) => entry.code);

/** Reports of domestic violence and police call-outs: the strongest predictor of future violence. */
export const domesticViolenceReportKinds = kinds('police_call_out', 'report_to_safe_at_home', 'adult_domestic_violence');

/** Incidents for "crisis after crisis": everything acute; a Veilig Thuis closure is not a crisis. */
export const crisisKinds = kinds('police_call_out', 'crisis_placement', 'report_to_safe_at_home');

/** Adult problems that are child risks; each needs a kindcheck. */
export const adultProblemKinds = kinds(...groupKinds('adult'));

/** Contacts in which the child itself was seen and heard, unless the details say otherwise. */
export const childSeenAndHeardKinds = kinds('child_seen_and_heard', 'child_disclosure');

/** Endings of involvement that professionals wrongly take as reassurance. */
export const closureKinds = kinds('safe_at_home_closed', 'help_ended');

export const moveKinds = kinds('move');
export const schoolChangeKinds = kinds('school_change');
export const missedAppointmentKinds = kinds('appointment_missed');
export const refusedEarlierHelpersKinds = kinds('earlier_helpers_contact_refused');
export const onlyNonThreateningHelpKinds = kinds('only_non_threatening_help');
export const kindcheckKinds = kinds('kindcheck_done');

/**
 * Concerns, as opposed to neutral facts (help started, a birth, a contact): what counts as "earlier
 * signals" when a household arrives from another municipality.
 */
export const concernKinds = kinds(
  ...groupKinds('child'), ...groupKinds('adult'),
  'police_call_out', 'crisis_placement', 'report_to_safe_at_home',
  'help_declined', 'appointment_missed', 'earlier_helpers_contact_refused', 'only_non_threatening_help',
);

/** Help declined, or ended by the family: the "on and off" pattern of care avoidance. */
export function isHelpRefusedByFamily(event: TimelineEvent): boolean {
  return event.kind === 'help_declined' || (event.kind === 'help_ended' && event.details?.endedBy === 'family');
}

/** True when the event shows this child was seen and heard; explicit details win over the kind's default. */
export function isChildSeenAndHeard(event: TimelineEvent, childId: string): boolean {
  if (!event.personIds.includes(childId)) return false;
  return event.details?.childSeenAndHeard ?? childSeenAndHeardKinds.has(event.kind);
}
