/**
 * Arrived with history: the household moved in from another municipality, and there were signals
 * before the move. The reviews describe families who could "start over" in a new town and choose their
 * own voluntary help, while professionals elsewhere had already found the children unsafe. The
 * arrival comes from a `move` event on the timeline or from the address history (`arrivedFrom`);
 * the latest arrival within `arrivedWithinMonths` of today counts, and every concern before it.
 */
import { concernKinds, moveKinds } from '../signals/categories.ts';
import type { HouseholdContext } from '../signals/timeline.ts';
import type { PatternRule } from './alert.ts';
import { formatDay, parseDay, windowStart } from './dates.ts';
import { counted, listEvents, localised } from './explain.ts';
import { personsOf, type DatedEvent, type PreparedTimeline } from './prepare.ts';

interface Arrival { day: number; from: string; move?: DatedEvent }

const normalise = (municipality: string) => municipality.trim().toLowerCase();

function latestArrival(timeline: PreparedTimeline, context: HouseholdContext): Arrival | undefined {
  const here = normalise(context.municipality);
  let latest: Arrival | undefined;
  if (context.arrivedFrom && normalise(context.arrivedFrom.municipality) !== here) {
    latest = { day: parseDay(context.arrivedFrom.on), from: context.arrivedFrom.municipality };
  }
  for (const event of timeline.events) {
    const from = event.details?.fromMunicipality;
    const to = event.details?.toMunicipality;
    if (!moveKinds.has(event.kind) || !from || normalise(from) === here) continue;
    if (to !== undefined && normalise(to) !== here) continue;
    // On the same day the timeline's move wins: it can be linked in the alert.
    if (!latest || event.day >= latest.day) latest = { day: event.day, from, move: event };
  }
  return latest;
}

export const arrivedWithHistory: PatternRule = {
  code: 'arrived_with_history',
  reads: (event) => concernKinds.has(event.kind) || moveKinds.has(event.kind),
  evaluate(timeline, context, config) {
    const { arrivedWithinMonths, minEarlierSignals } = config.arrivedWithHistory;
    const arrival = latestArrival(timeline, context);
    if (!arrival || arrival.day < windowStart(timeline.today, arrivedWithinMonths)) return [];
    const earlier = timeline.events.filter((event) => event.day < arrival.day && concernKinds.has(event.kind));
    if (earlier.length < Math.max(1, minEarlierSignals)) return [];
    const evidence = arrival.move ? [...earlier, arrival.move] : earlier;
    const noun = { nl: ['signaal', 'signalen'], en: ['signal', 'signals'] } as const;
    return [{
      rule: 'arrived_with_history',
      severity: 'medium',
      explanation: localised((language) => language === 'nl'
        ? `Op ${formatDay(arrival.day, language)} verhuisd uit ${arrival.from} naar ${context.municipality}, met ${counted(earlier.length, noun, language)} van daarvoor: ${listEvents(earlier, language)}.`
        : `Moved from ${arrival.from} to ${context.municipality} on ${formatDay(arrival.day, language)}, with ${counted(earlier.length, noun, language)} from before: ${listEvents(earlier, language)}.`),
      eventIds: evidence.map((event) => event.id),
      personIds: personsOf(evidence),
    }];
  },
};
