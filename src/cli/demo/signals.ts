import type { HouseholdDraft, SignalSpec } from './draft.ts';
import type { Rng } from './random.ts';

/**
 * Signals for the generated households, so that the timelines, the alerts inbox and the matches list of
 * every demo login show something besides the five hand-written families:
 * - in about 70 % of the households a district-team professional recently saw and spoke with the
 *   children (without any such contact every child would be "out of view", and the inbox would be
 *   nothing but that alert);
 * - in about 30 % a few concerns, along one or two of the lines the calamity reviews describe
 *   (repeated violence, care avoidance, help closed while adult problems remain, adult problems without
 *   a kindcheck, worrying child signals).
 * Content comes from its own random stream, so the households themselves stay as they were.
 */
export function sprinkleSignals(drafts: readonly HouseholdDraft[], rng: Rng): void {
  for (const draft of drafts) {
    const primary = draft.involvedUsers[0];
    if (!primary) continue;
    if (draft.children.length > 0 && rng.chance(0.7)) {
      draft.signal({ by: primary, kind: 'child_seen_and_heard', daysAgo: rng.int(3, 80), about: draft.children.map((c) => c.id), severity: 'low' });
    }
    if (!rng.chance(0.3)) continue;
    const count = rng.chance(0.3) ? 2 : 1;
    for (const scenario of rng.sample(scenarios, count)) {
      for (const spec of scenario(draft, rng, primary)) draft.signal(spec);
    }
  }
}

type Scenario = (draft: HouseholdDraft, rng: Rng, primary: string) => SignalSpec[];

/** The first of `preferred` who is involved, else the district-team professional. */
const authorOf = (draft: HouseholdDraft, primary: string, ...preferred: string[]) => preferred.find((key) => draft.isInvolved(key)) ?? primary;
const adultsOf = (draft: HouseholdDraft) => draft.adults.map((adult) => adult.id);
const someChild = (draft: HouseholdDraft, rng: Rng) => (draft.children.length > 0 ? [rng.pick(draft.children).id] : []);
const everyone = (draft: HouseholdDraft) => [...draft.children.map((child) => child.id), ...adultsOf(draft)];

const scenarios: Scenario[] = [
  // Repeated violence between the parents, reported by police and Veilig Thuis.
  (draft, rng, primary) => {
    const first = rng.int(120, 330);
    const second = rng.int(15, first - 30);
    return [
      { by: authorOf(draft, primary, 'erik.meijer'), kind: 'police_call_out', daysAgo: first, about: everyone(draft), severity: 'high',
        note: 'Politie ter plaatse na melding van buren over geschreeuw en slaan; de kinderen waren thuis.' },
      { by: authorOf(draft, primary, 'ingrid.bos', 'mohamed.ouali'), kind: 'report_to_safe_at_home', daysAgo: second, about: everyone(draft), severity: 'high' },
      { by: authorOf(draft, primary, 'ingrid.bos', 'aylin.kaya'), kind: 'adult_domestic_violence', daysAgo: second, about: adultsOf(draft),
        severity: 'high', details: { kindcheckAnswered: true } },
    ];
  },
  // Care avoidance: nobody home, appointments missed, help declined.
  (draft, rng, primary) => {
    const start = rng.int(100, 300);
    return [
      { by: primary, kind: 'appointment_missed', daysAgo: start, about: adultsOf(draft).slice(0, 1), note: 'Huisbezoek: niemand thuis.' },
      { by: primary, kind: 'appointment_missed', daysAgo: start - rng.int(10, 40), about: adultsOf(draft).slice(0, 1) },
      { by: authorOf(draft, primary, 'carla.verbeek', 'hanneke.brouwer'), kind: 'appointment_missed', daysAgo: start - rng.int(45, 90), about: [...adultsOf(draft).slice(0, 1), ...someChild(draft, rng)] },
      { by: primary, kind: 'help_declined', daysAgo: rng.int(5, 60), about: adultsOf(draft), note: 'Ouders willen geen gezinsbegeleiding meer: "het gaat prima".' },
    ];
  },
  // Help ended while an adult problem remains (an alert when nobody holds direction).
  (draft, rng, primary) => [
    { by: authorOf(draft, primary, 'thijs.vanleeuwen', 'nadia.haddou'), kind: rng.pick(['adult_addiction', 'adult_mental_health'] as const),
      daysAgo: rng.int(200, 500), about: adultsOf(draft).slice(0, 1), details: { kindcheckAnswered: true } },
    { by: authorOf(draft, primary, 'ingrid.bos', 'mohamed.ouali', 'bram.degraaf'), kind: rng.chance(0.5) ? 'safe_at_home_closed' : 'help_ended',
      daysAgo: rng.int(20, 200), about: everyone(draft), details: { endedBy: 'professional' }, note: 'Afgesloten: de doelen zijn behaald volgens de ouders.' },
  ],
  // An adult problem registered without asking about the children.
  (draft, rng, primary) => [
    { by: authorOf(draft, primary, 'henk.dekker', 'mirjam.vos'), kind: rng.pick(['adult_debts', 'adult_eviction_threat'] as const),
      daysAgo: rng.int(10, 250), about: adultsOf(draft).slice(0, 1) },
  ],
  // Worrying child signals from school or youth health care.
  (draft, rng, primary) => {
    if (draft.children.length === 0) return [];
    const child = rng.pick(draft.children);
    const by = authorOf(draft, primary, child.age >= 12 ? 'jeroen.kuipers' : child.age >= 4 ? 'petra.vandijk' : 'carla.verbeek', 'sanne.willems');
    const kinds = child.age >= 4
      ? (['child_school_absence', 'child_withdrawn', 'child_neglected_appearance'] as const)
      : (['child_withdrawn', 'child_neglected_appearance', 'child_regression'] as const);
    return rng.sample(kinds, rng.int(1, 2)).map((kind) => ({ by, kind, daysAgo: rng.int(5, 200), about: [child.id] }));
  },
];
