/**
 * Adult problems without a kindcheck answer. Adult problems are child problems: since 2013 the Meldcode
 * asks professionals who work with adults whether there are children and whether they are safe, yet
 * the reviews found adult services did not do this structurally. A problem counts as answered when
 * its own details say so, or when a kindcheck for one of its persons was recorded on or after it.
 * No window: an unanswered question does not answer itself with time.
 */
import { adultProblemKinds, kindcheckKinds } from '../signals/categories.ts';
import type { PatternRule } from './alert.ts';
import { listEvents, localised } from './explain.ts';
import { personsOf, type DatedEvent } from './prepare.ts';

export const kindcheckMissing: PatternRule = {
  code: 'kindcheck_missing',
  reads: (event) => adultProblemKinds.has(event.kind) || kindcheckKinds.has(event.kind),
  evaluate(timeline) {
    // Walking backwards one day at a time, each person's kindchecks on or after a day are known before
    // that day's problems are judged, so one pass suffices.
    const checkedOnOrAfter = new Set<string>();
    const unanswered: DatedEvent[] = [];
    const events = timeline.events;
    for (let end = events.length - 1; end >= 0;) {
      let start = end;
      while (start > 0 && events[start - 1]!.day === events[end]!.day) start -= 1;
      const sameDay = events.slice(start, end + 1);
      for (const event of sameDay) {
        if (kindcheckKinds.has(event.kind)) for (const personId of event.personIds) checkedOnOrAfter.add(personId);
      }
      for (let index = sameDay.length - 1; index >= 0; index -= 1) {
        const event = sameDay[index]!;
        if (!adultProblemKinds.has(event.kind) || event.details?.kindcheckAnswered === true) continue;
        if (!event.personIds.some((personId) => checkedOnOrAfter.has(personId))) unanswered.push(event);
      }
      end = start - 1;
    }
    if (unanswered.length === 0) return [];
    unanswered.reverse();
    return [{
      rule: 'kindcheck_missing',
      severity: 'medium',
      explanation: localised((language) => language === 'nl'
        ? `Problemen bij volwassenen zonder kindcheck (zijn er kinderen, zijn ze veilig?): ${listEvents(unanswered, language)}.`
        : `Adult problems without a kindcheck (are there children, are they safe?): ${listEvents(unanswered, language)}.`),
      eventIds: unanswered.map((event) => event.id),
      personIds: personsOf(unanswered),
    }];
  },
};
