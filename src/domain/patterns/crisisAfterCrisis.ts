/**
 * Crisis after crisis: at least 3 incidents (police call-out, crisis placement, report to Veilig
 * Thuis) within 12 months. The reviews found short-term help put in at every crisis while the causes
 * stayed, and nobody saw the crises as one long line.
 */
import { crisisKinds } from '../signals/categories.ts';
import type { PatternRule } from './alert.ts';
import { findEpisodes } from './episodes.ts';
import { describeEpisode, localised, type Noun } from './explain.ts';
import { personsOf } from './prepare.ts';

const noun: Noun = { nl: ['incident', 'incidenten'], en: ['incident', 'incidents'] };

export const crisisAfterCrisis: PatternRule = {
  code: 'crisis_after_crisis',
  reads: (event) => crisisKinds.has(event.kind),
  evaluate(timeline, _context, config) {
    const rule = config.crisisAfterCrisis;
    const incidents = timeline.events.filter((event) => crisisKinds.has(event.kind));
    return findEpisodes(incidents, rule).map((episode) => ({
      rule: 'crisis_after_crisis',
      severity: 'high',
      explanation: localised((language) =>
        `${language === 'nl' ? 'Crisis na crisis' : 'Crisis after crisis'} — ${describeEpisode(episode, rule, noun, language)}`),
      eventIds: episode.map((event) => event.id),
      personIds: personsOf(episode),
    }));
  },
};
