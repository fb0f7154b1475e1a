/**
 * The shapes the pattern rules read. They are deliberately plain data: the API/DB layer maps stored
 * signals, moves and school history onto `TimelineEvent`s and the household onto `HouseholdContext`,
 * and the rules stay pure functions of (events, context, config).
 */
import type { SignalKindCode } from './vocabulary.ts';

/** A calendar date as 'YYYY-MM-DD'. Dates, not instants: professionals record the day something happened. */
export type IsoDate = string;

export interface SignalDetails {
  /** For `move`. A move without municipalities still counts as a move. */
  fromMunicipality?: string;
  toMunicipality?: string;
  /** For `help_ended`: who ended it. Ended by the family counts as care avoidance. */
  endedBy?: 'family' | 'professional';
  /** Marks any signal or contact in which the child itself was seen and heard (not only talked about). */
  childSeenAndHeard?: boolean;
  /** For adult problems: the professional answered the kindcheck (are there children, are they safe?). */
  kindcheckAnswered?: boolean;
}

export interface TimelineEvent {
  id: string;
  kind: SignalKindCode;
  observedAt: IsoDate;
  /** The persons the event is about (children and/or adults of the household, or from earlier ones). */
  personIds: readonly string[];
  details?: SignalDetails;
}

export interface ChildInContext {
  id: string;
  firstName: string;
  birthDate: IsoDate;
  /**
   * Since when the child is known to the professionals (e.g. the household's registration date). The
   * "out of view" clock starts here when nobody has recorded seeing the child yet. Without it, a child
   * never seen and heard is out of view straight away: that is the point of the rule.
   */
  knownSince?: IsoDate;
}

export interface HouseholdContext {
  /** The evaluation date; injected so rules stay deterministic and testable. */
  today: IsoDate;
  /** The household's current municipality. */
  municipality: string;
  /** Whether someone (professional or family member) currently holds direction (regie). */
  hasRegisseur: boolean;
  /** The household's current minor children. */
  children: readonly ChildInContext[];
  /**
   * An arrival known from the address history rather than from a `move` event on the timeline.
   * Either source is enough for "arrived with history".
   */
  arrivedFrom?: { municipality: string; on: IsoDate };
}
