/**
 * Child out of view, per child: nobody recorded seeing and hearing the child itself for 90 days
 * (configurable), counted back from today; exactly 90 days raises the alert. The reviews found that
 * safety was judged from what parents and other professionals said, and that quiet children who did
 * well at school disappeared from view. Information *about* the child does not count, only contact
 * with the child.
 * The clock starts at the last such contact; without one, at the child's birth or `knownSince`.
 */
import { childSeenAndHeardKinds, isChildSeenAndHeard } from '../signals/categories.ts';
import type { ChildInContext } from '../signals/timeline.ts';
import type { PatternAlert, PatternRule } from './alert.ts';
import { formatDay, parseDay } from './dates.ts';
import { describeEvent, localised } from './explain.ts';
import type { DatedEvent, PreparedTimeline } from './prepare.ts';

function lastSeenAndHeard(timeline: PreparedTimeline, childId: string): DatedEvent | undefined {
  for (let index = timeline.events.length - 1; index >= 0; index -= 1) {
    const event = timeline.events[index]!;
    if (isChildSeenAndHeard(event, childId)) return event;
  }
  return undefined;
}

function evaluateChild(child: ChildInContext, timeline: PreparedTimeline, days: number): PatternAlert[] {
  const born = parseDay(child.birthDate);
  if (born > timeline.today) return [];
  const last = lastSeenAndHeard(timeline, child.id);
  const since = last?.day ?? Math.max(born, child.knownSince ? parseDay(child.knownSince) : born);
  const elapsed = timeline.today - since;
  if (elapsed < days) return [];
  const name = child.firstName;
  return [{
    rule: 'child_out_of_view',
    severity: 'high',
    explanation: localised((language) => {
      if (last) {
        return language === 'nl'
          ? `${name} is ${elapsed} dagen niet zelf gezien en gesproken. Laatste keer: ${describeEvent(last, language)}.`
          : `${name} has not been seen and heard in person for ${elapsed} days. Last time: ${describeEvent(last, language)}.`;
      }
      return language === 'nl'
        ? `Niemand heeft vastgelegd dat ${name} zelf is gezien en gesproken (${elapsed} dagen, sinds ${formatDay(since, language)}).`
        : `Nobody has recorded seeing and hearing ${name} in person (${elapsed} days, since ${formatDay(since, language)}).`;
    }),
    eventIds: last ? [last.id] : [],
    personIds: [child.id],
  }];
}

export const childOutOfView: PatternRule = {
  code: 'child_out_of_view',
  reads: (event) => childSeenAndHeardKinds.has(event.kind) || event.details?.childSeenAndHeard !== undefined,
  evaluate: (timeline, context, config) =>
    context.children.flatMap((child) => evaluateChild(child, timeline, config.childOutOfView.days)),
};
