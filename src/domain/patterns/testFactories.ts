/** Builders for hand-made timelines and random ones (fast-check), shared by the pattern tests. */
import fc from 'fast-check';
import type { HouseholdContext, SignalDetails, TimelineEvent } from '../signals/timeline.ts';
import { signalKindCodes, type SignalKindCode } from '../signals/vocabulary.ts';
import type { PatternRule } from './alert.ts';
import { defaultPatternConfig, type PatternConfig } from './config.ts';
import { dayToIso, parseDay } from './dates.ts';
import { prepareTimeline } from './prepare.ts';

export const TODAY = '2026-06-30';

export function buildEvent(
  id: string, kind: SignalKindCode, observedAt: string,
  extra: { personIds?: string[]; details?: SignalDetails } = {},
): TimelineEvent {
  return { id, kind, observedAt, personIds: extra.personIds ?? ['a1'], ...(extra.details ? { details: extra.details } : {}) };
}

export function buildHousehold(overrides: Partial<HouseholdContext> = {}): HouseholdContext {
  return {
    today: TODAY,
    municipality: 'Zeist',
    hasRegisseur: true,
    children: [{ id: 'c1', firstName: 'Sanne', birthDate: '2018-04-01' }],
    ...overrides,
  };
}

/** The date `days` days before (negative: after) the given date. */
export function daysBefore(iso: string, days: number): string {
  return dayToIso(parseDay(iso) - days);
}

export function runRule(rule: PatternRule, events: TimelineEvent[], context = buildHousehold(), config: PatternConfig = defaultPatternConfig) {
  return rule.evaluate(prepareTimeline(events, context.today), context, config);
}

const persons = ['c1', 'c2', 'a1', 'a2'] as const;
const municipalities = ['Zeist', 'Utrecht', 'Amersfoort'] as const;

const arbitraryDetails: fc.Arbitrary<SignalDetails> = fc.record({
  fromMunicipality: fc.constantFrom(...municipalities),
  toMunicipality: fc.constantFrom(...municipalities),
  endedBy: fc.constantFrom('family' as const, 'professional' as const),
  childSeenAndHeard: fc.boolean(),
  kindcheckAnswered: fc.boolean(),
}, { requiredKeys: [] });

/** An event without an id; ids are assigned by position so they are unique. */
/** Kinds the rules count; drawn more often so random timelines actually form patterns. */
const patternKinds: SignalKindCode[] = [
  'police_call_out', 'report_to_safe_at_home', 'crisis_placement', 'adult_addiction', 'safe_at_home_closed', 'help_ended',
  'help_declined', 'appointment_missed', 'move', 'school_change', 'child_seen_and_heard', 'kindcheck_done',
];

export const arbitraryEventBody: fc.Arbitrary<EventBody> = fc.record({
  kind: fc.oneof({ arbitrary: fc.constantFrom(...signalKindCodes), weight: 1 }, { arbitrary: fc.constantFrom(...patternKinds), weight: 2 }),
  // Roughly 2.5 years up to a week after TODAY, so windows, boundaries and "future" dates all occur.
  daysAgo: fc.integer({ min: -7, max: 900 }),
  personIds: fc.uniqueArray(fc.constantFrom(...persons), { minLength: 1, maxLength: 3 }),
  details: fc.option(arbitraryDetails, { nil: undefined }),
});

export interface EventBody { kind: SignalKindCode; daysAgo: number; personIds: string[]; details: SignalDetails | undefined }

export function toEvent(body: EventBody, id: string): TimelineEvent {
  return { id, kind: body.kind, observedAt: daysBefore(TODAY, body.daysAgo), personIds: body.personIds, ...(body.details ? { details: body.details } : {}) };
}

export const arbitraryTimeline = fc.array(arbitraryEventBody, { maxLength: 60 })
  .map((bodies) => bodies.map((body, index) => toEvent(body, `e${index}`)));

export const arbitraryHousehold = fc.record({
  hasRegisseur: fc.boolean(),
  municipality: fc.constantFrom(...municipalities),
  knownSinceDaysAgo: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
}).map(({ hasRegisseur, municipality, knownSinceDaysAgo }) => buildHousehold({
  hasRegisseur,
  municipality,
  children: [
    { id: 'c1', firstName: 'Sanne', birthDate: '2018-04-01', ...(knownSinceDaysAgo !== undefined ? { knownSince: daysBefore(TODAY, knownSinceDaysAgo) } : {}) },
    { id: 'c2', firstName: 'Daan', birthDate: daysBefore(TODAY, 60) },
  ],
}));
