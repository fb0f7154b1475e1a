import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kindcheckKinds } from '../signals/categories.ts';
import type { TimelineEvent } from '../signals/timeline.ts';
import { alertKey, type PatternAlert } from './alert.ts';
import { childOutOfView } from './childOutOfView.ts';
import { evaluatePatterns, patternRules } from './evaluate.ts';
import { prepareTimeline } from './prepare.ts';
import { arbitraryEventBody, arbitraryHousehold, arbitraryTimeline, buildEvent, buildHousehold, toEvent, TODAY } from './testFactories.ts';
import { defaultPatternConfig } from './config.ts';
import { formatDay, parseDay } from './dates.ts';

const withExtra = fc.tuple(arbitraryTimeline, arbitraryEventBody, arbitraryHousehold)
  .map(([events, body, context]) => ({ events, extra: toEvent(body, 'extra'), context }));

/** Whether an alert of this rule (and variant, and child) exists: what a professional sees in the inbox. */
const presence = (alert: PatternAlert) =>
  `${alert.rule}|${alert.variant ?? ''}|${alert.rule === 'child_out_of_view' ? alert.personIds.join(',') : ''}`;

describe('evaluating all patterns', () => {
  it('gives the same alerts, in the same order, whatever order the events arrive in', () => {
    fc.assert(fc.property(arbitraryTimeline, arbitraryHousehold, fc.integer(), (events, context, seed) => {
      const shuffled = events.map((event, index) => ({ event, key: Math.sin(seed + index) }))
        .sort((a, b) => a.key - b.key).map(({ event }) => event);
      expect(evaluatePatterns(shuffled, context)).toEqual(evaluatePatterns(events, context));
    }));
  });

  it('rests every alert on events of the input, and names only persons from the input', () => {
    fc.assert(fc.property(arbitraryTimeline, arbitraryHousehold, (events, context) => {
      const ids = new Set(events.map((event) => event.id));
      const persons = new Set([...events.flatMap((event) => event.personIds), ...context.children.map((child) => child.id)]);
      for (const alert of evaluatePatterns(events, context)) {
        alert.eventIds.forEach((id) => expect(ids.has(id)).toBe(true));
        alert.personIds.forEach((id) => expect(persons.has(id)).toBe(true));
        expect(alert.explanation.nl.length).toBeGreaterThan(0);
        expect(alert.explanation.en.length).toBeGreaterThan(0);
      }
    }));
  });

  it('names the first event of every alert in its explanation, and gives each alert its own key', () => {
    fc.assert(fc.property(arbitraryTimeline, arbitraryHousehold, (events, context) => {
      const byId = new Map(events.map((event) => [event.id, event]));
      const alerts = evaluatePatterns(events, context);
      for (const alert of alerts) {
        const first = alert.eventIds[0];
        if (first) expect(alert.explanation.nl).toContain(formatDay(parseDay(byId.get(first)!.observedAt), 'nl'));
      }
      expect(new Set(alerts.map(alertKey)).size).toBe(alerts.length);
    }));
  });

  it('leaves every rule\'s alerts unchanged when an event it does not read is added', () => {
    fc.assert(fc.property(withExtra, ({ events, extra, context }) => {
      const before = prepareTimeline(events, context.today);
      const after = prepareTimeline([...events, extra], context.today);
      for (const rule of patternRules.filter((candidate) => !candidate.reads(extra))) {
        expect(rule.evaluate(after, context, defaultPatternConfig)).toEqual(rule.evaluate(before, context, defaultPatternConfig));
      }
    }), { numRuns: 300 });
  });

  it('never removes an alert when an event is added, unless it shows the child or answers the kindcheck', () => {
    fc.assert(fc.property(withExtra, ({ events, extra, context }) => {
      fc.pre(!childOutOfView.reads(extra) && !kindcheckKinds.has(extra.kind));
      const after = new Set(evaluatePatterns([...events, extra], context).map(presence));
      evaluatePatterns(events, context).forEach((alert) => expect(after.has(presence(alert))).toBe(true));
    }));
  });

  it('never un-flags an event of a counting rule when another event is added', () => {
    const counting = new Set(['repeated_domestic_violence', 'crisis_after_crisis', 'care_avoidance', 'closed_while_unresolved']);
    const flagged = (events: TimelineEvent[], context: Parameters<typeof evaluatePatterns>[1]) => new Set(
      evaluatePatterns(events, context).filter((alert) => counting.has(alert.rule))
        .flatMap((alert) => alert.eventIds.map((id) => `${presence(alert)}|${id}`)),
    );
    fc.assert(fc.property(withExtra, ({ events, extra, context }) => {
      const after = flagged([...events, extra], context);
      flagged(events, context).forEach((entry) => expect(after.has(entry)).toBe(true));
    }));
  });

  it('finds several patterns in one troubled household', () => {
    const events = [
      buildEvent('e1', 'police_call_out', '2025-08-01'),
      buildEvent('e2', 'adult_domestic_violence', '2025-11-20'),
      buildEvent('e3', 'move', '2025-12-01', { details: { fromMunicipality: 'Utrecht', toMunicipality: 'Zeist' } }),
      buildEvent('e4', 'child_seen_and_heard', '2025-12-15', { personIds: ['c1'] }),
    ];
    const rules = evaluatePatterns(events, buildHousehold({ today: TODAY })).map((alert) => alert.rule);
    expect(rules).toEqual(['repeated_domestic_violence', 'child_out_of_view', 'kindcheck_missing', 'arrived_with_history']);
  });
});
