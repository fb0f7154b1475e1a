/**
 * The fixed vocabulary of signal kinds (issue 3). Codes are stable English identifiers stored in the
 * database; labels are what a tired professional reads at the end of a long day, Dutch first.
 * The subtle child signals are listed on purpose: in the inspectorates' calamity reviews children
 * rarely showed the obvious signs, and quiet, regressing or absent children were not recognised.
 * Adding a kind is a product decision (pattern rules depend on it); removing one breaks stored data.
 */

export const signalGroups = ['child', 'adult', 'incident', 'help', 'life_event'] as const;
export type SignalGroup = (typeof signalGroups)[number];

export interface LocalisedText { nl: string; en: string }

const kind = <Code extends string>(code: Code, group: SignalGroup, nl: string, en: string) =>
  ({ code, group, label: { nl, en } }) as const;

export const signalKindVocabulary = [
  // Child signals, the subtle ones included.
  kind('child_injury', 'child', 'Letsel bij het kind (blauwe plekken, brandwond, breuk)', 'Injury to the child (bruises, burn, fracture)'),
  kind('child_neglected_appearance', 'child', 'Verwaarloosd uiterlijk (kleding, hygiëne, honger)', 'Neglected appearance (clothes, hygiene, hunger)'),
  kind('child_withdrawn', 'child', 'Kind is teruggetrokken of erg stil', 'Child is withdrawn or very quiet'),
  kind('child_regression', 'child', 'Terugval in gedrag (bijv. weer bedplassen)', 'Regression (e.g. bed-wetting again)'),
  kind('child_sexualised_behaviour', 'child', 'Gedrag past niet bij de leeftijd of is seksueel grensoverschrijdend', 'Age-inappropriate or sexualised behaviour'),
  kind('child_school_absence', 'child', 'Schoolverzuim', 'School absence'),
  kind('child_disclosure', 'child', 'Kind vertelt zelf iets over thuis', 'The child tells something about home'),
  // Adult problems are child problems: each one asks for a kindcheck.
  kind('adult_addiction', 'adult', 'Verslaving (alcohol, drugs, gokken)', 'Addiction (alcohol, drugs, gambling)'),
  kind('adult_mental_health', 'adult', 'Psychische problemen', 'Psychiatric problems'),
  kind('adult_intellectual_disability', 'adult', '(Licht) verstandelijke beperking', 'Intellectual disability'),
  kind('adult_debts', 'adult', 'Schulden', 'Debts'),
  kind('adult_eviction_threat', 'adult', 'Dreigende huisuitzetting', 'Threat of eviction'),
  // Children who witness violence between adults are victims of child abuse themselves.
  kind('adult_domestic_violence', 'adult', 'Huiselijk geweld tussen volwassenen', 'Domestic violence between adults'),
  kind('adult_homelessness', 'adult', 'Dakloos of geen vaste woonplek', 'Homeless or no fixed address'),
  kind('adult_detention', 'adult', 'Ouder in detentie', 'Parent in detention'),
  // Incidents and reports.
  kind('police_call_out', 'incident', 'Politie-inzet bij het gezin', 'Police call-out to the family'),
  kind('crisis_placement', 'incident', 'Crisisplaatsing of crisisopvang', 'Crisis placement or emergency shelter'),
  kind('report_to_safe_at_home', 'incident', 'Melding bij Veilig Thuis', 'Report to Veilig Thuis'),
  kind('safe_at_home_closed', 'incident', 'Veilig Thuis heeft het onderzoek afgesloten', 'Veilig Thuis closed its investigation'),
  // Help and contact.
  kind('help_started', 'help', 'Hulp gestart', 'Help started'),
  kind('help_ended', 'help', 'Hulp beëindigd', 'Help ended'),
  kind('help_declined', 'help', 'Hulp geweigerd', 'Help declined'),
  kind('appointment_missed', 'help', 'Afspraak gemist of niemand thuis', 'Appointment missed or nobody home'),
  kind('earlier_helpers_contact_refused', 'help', 'Ouders verbieden contact met eerdere hulpverleners', 'Parents forbid contact with earlier helpers'),
  kind('only_non_threatening_help', 'help', "Alleen 'onschuldige' hulp geaccepteerd (bijv. wel schuldhulp, geen gezinshulp)", "Only 'non-threatening' help accepted (e.g. debt help, no family support)"),
  kind('child_seen_and_heard', 'help', 'Kind zelf gezien en gesproken', 'Child seen and heard in person'),
  kind('kindcheck_done', 'help', 'Kindcheck gedaan: zijn er kinderen, zijn ze veilig?', 'Kindcheck done: are there children, are they safe?'),
  // Life events.
  kind('move', 'life_event', 'Verhuizing', 'Move'),
  kind('school_change', 'life_event', 'Naar een andere school', 'School change'),
  kind('new_partner', 'life_event', 'Nieuwe partner', 'New partner'),
  kind('birth', 'life_event', 'Geboorte', 'Birth'),
] as const;

export type SignalKindCode = (typeof signalKindVocabulary)[number]['code'];

export interface SignalKind { code: SignalKindCode; group: SignalGroup; label: LocalisedText }

export const signalKindCodes: readonly SignalKindCode[] = signalKindVocabulary.map((entry) => entry.code);

const byCode: ReadonlyMap<string, SignalKind> = new Map(signalKindVocabulary.map((entry) => [entry.code, entry]));

export function isSignalKindCode(value: unknown): value is SignalKindCode {
  return typeof value === 'string' && byCode.has(value);
}

export function signalKind(code: SignalKindCode): SignalKind {
  // The union type guarantees presence; the fallback only guards against data from an older vocabulary.
  return byCode.get(code) ?? { code, group: 'help', label: { nl: code, en: code } };
}
