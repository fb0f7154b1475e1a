/**
 * Care avoidance, in each of the forms the inspectorates saw go unrecognised: moving often, changing
 * schools, accepting and refusing help in turns, forbidding contact with earlier helpers, missing
 * appointments, and accepting only help that feels non-threatening. Each form is its own alert
 * (`variant`), because each asks for a different conversation.
 */
import type { TimelineEvent } from '../signals/timeline.ts';
import {
  isHelpRefusedByFamily, missedAppointmentKinds, moveKinds, onlyNonThreateningHelpKinds, refusedEarlierHelpersKinds, schoolChangeKinds,
} from '../signals/categories.ts';
import type { CareAvoidanceVariant, PatternAlert, PatternRule } from './alert.ts';
import type { PatternConfig, WindowedThreshold } from './config.ts';
import { findEpisodes } from './episodes.ts';
import { describeEpisode, localised, type Noun } from './explain.ts';
import { personsOf, type PreparedTimeline } from './prepare.ts';

interface Form {
  variant: CareAvoidanceVariant;
  matches: (event: TimelineEvent) => boolean;
  threshold: (config: PatternConfig['careAvoidance']) => WindowedThreshold;
  noun: Noun;
}

const forms: readonly Form[] = [
  { variant: 'moves', matches: (e) => moveKinds.has(e.kind), threshold: (c) => c.moves,
    noun: { nl: ['verhuizing', 'verhuizingen'], en: ['move', 'moves'] } },
  { variant: 'school_changes', matches: (e) => schoolChangeKinds.has(e.kind), threshold: (c) => c.schoolChanges,
    noun: { nl: ['schoolwisseling', 'schoolwisselingen'], en: ['school change', 'school changes'] } },
  { variant: 'help_refused', matches: isHelpRefusedByFamily, threshold: (c) => c.helpRefused,
    noun: { nl: ['keer hulp geweigerd of door het gezin gestopt', 'keer hulp geweigerd of door het gezin gestopt'],
      en: ['time help was declined or ended by the family', 'times help was declined or ended by the family'] } },
  { variant: 'earlier_helpers_refused', matches: (e) => refusedEarlierHelpersKinds.has(e.kind), threshold: (c) => c.earlierHelpersRefused,
    noun: { nl: ['keer contact met eerdere hulpverleners verboden', 'keer contact met eerdere hulpverleners verboden'],
      en: ['time contact with earlier helpers was forbidden', 'times contact with earlier helpers was forbidden'] } },
  { variant: 'missed_appointments', matches: (e) => missedAppointmentKinds.has(e.kind), threshold: (c) => c.missedAppointments,
    noun: { nl: ['gemiste afspraak', 'gemiste afspraken'], en: ['missed appointment', 'missed appointments'] } },
  { variant: 'only_non_threatening_help', matches: (e) => onlyNonThreateningHelpKinds.has(e.kind), threshold: (c) => c.onlyNonThreateningHelp,
    noun: { nl: ["keer alleen 'onschuldige' hulp geaccepteerd", "keer alleen 'onschuldige' hulp geaccepteerd"],
      en: ["time only 'non-threatening' help was accepted", "times only 'non-threatening' help was accepted"] } },
];

function evaluateForm(form: Form, timeline: PreparedTimeline, config: PatternConfig): PatternAlert[] {
  const rule = form.threshold(config.careAvoidance);
  const matching = timeline.events.filter(form.matches);
  return findEpisodes(matching, rule).map((episode) => ({
    rule: 'care_avoidance',
    variant: form.variant,
    severity: 'medium',
    explanation: localised((language) =>
      `${language === 'nl' ? 'Zorgmijding' : 'Care avoidance'} — ${describeEpisode(episode, rule, form.noun, language)}`),
    eventIds: episode.map((event) => event.id),
    personIds: personsOf(episode),
  }));
}

export const careAvoidance: PatternRule = {
  code: 'care_avoidance',
  reads: (event) => forms.some((form) => form.matches(event)) || event.kind === 'help_ended',
  evaluate: (timeline, _context, config) => forms.flatMap((form) => evaluateForm(form, timeline, config)),
};
