/**
 * What a pattern rule produces. An alert explains itself in words a professional can check against the
 * timeline, and carries the ids of the events it rests on, so the web app can link to each one.
 */
import type { HouseholdContext, TimelineEvent } from '../signals/timeline.ts';
import type { LocalisedText } from '../signals/vocabulary.ts';
import type { PatternConfig } from './config.ts';
import type { PreparedTimeline } from './prepare.ts';

export const patternRuleCodes = [
  'repeated_domestic_violence',
  'crisis_after_crisis',
  'care_avoidance',
  'closed_while_unresolved',
  'child_out_of_view',
  'kindcheck_missing',
  'arrived_with_history',
] as const;
export type PatternRuleCode = (typeof patternRuleCodes)[number];

/** Care avoidance has several faces; the variant lets the web app filter and word them. */
export type CareAvoidanceVariant =
  | 'moves' | 'school_changes' | 'help_refused' | 'earlier_helpers_refused' | 'missed_appointments' | 'only_non_threatening_help';

export type AlertSeverity = 'low' | 'medium' | 'high';

export interface PatternAlert {
  rule: PatternRuleCode;
  variant?: CareAvoidanceVariant;
  severity: AlertSeverity;
  explanation: LocalisedText;
  /** The events the alert rests on, in timeline order; never empty except for "child never seen". */
  eventIds: string[];
  /** The persons concerned: the children for "out of view", otherwise everyone in the events. */
  personIds: string[];
}

export interface PatternRule {
  code: PatternRuleCode;
  /**
   * Whether an event can change this rule's outcome. Everything else is "unrelated" to the rule: adding
   * it leaves the rule's alerts exactly as they were (a property test holds every rule to this).
   */
  reads: (event: TimelineEvent) => boolean;
  evaluate: (timeline: PreparedTimeline, context: HouseholdContext, config: PatternConfig) => PatternAlert[];
}

/**
 * A stable identity for storing and acknowledging alerts. It includes the event ids on purpose: a new
 * report added to an acknowledged pattern is new evidence and must be looked at again.
 */
export function alertKey(alert: PatternAlert): string {
  return [alert.rule, alert.variant ?? '', alert.personIds.join(','), alert.eventIds.join(',')].join('|');
}
