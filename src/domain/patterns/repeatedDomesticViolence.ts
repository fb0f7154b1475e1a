/**
 * Repeated domestic-violence reports or police call-outs: at least 2 within 12 months (configurable).
 * In the calamity reviews each report to Veilig Thuis was handled as an isolated fact, while earlier
 * domestic violence is by far the strongest risk factor for new violence.
 */
import { domesticViolenceReportKinds } from '../signals/categories.ts';
import type { PatternRule } from './alert.ts';
import { findEpisodes } from './episodes.ts';
import { describeEpisode, localised, type Noun } from './explain.ts';
import { personsOf } from './prepare.ts';

const noun: Noun = {
  nl: ['melding van huiselijk geweld of politie-inzet', 'meldingen van huiselijk geweld of politie-inzet'],
  en: ['domestic-violence report or police call-out', 'domestic-violence reports or police call-outs'],
};

export const repeatedDomesticViolence: PatternRule = {
  code: 'repeated_domestic_violence',
  reads: (event) => domesticViolenceReportKinds.has(event.kind),
  evaluate(timeline, _context, config) {
    const rule = config.repeatedDomesticViolence;
    const reports = timeline.events.filter((event) => domesticViolenceReportKinds.has(event.kind));
    return findEpisodes(reports, rule).map((episode) => ({
      rule: 'repeated_domestic_violence',
      severity: 'high',
      explanation: localised((language) => describeEpisode(episode, rule, noun, language)),
      eventIds: episode.map((event) => event.id),
      personIds: personsOf(episode),
    }));
  },
};
