/**
 * Wording shared by the rules. An explanation must let a professional verify the alert against the
 * timeline without opening anything: counts, the period, and each event by date and kind.
 */
import { signalKind, type LocalisedText } from '../signals/vocabulary.ts';
import type { WindowedThreshold } from './config.ts';
import { formatDay, monthsCovering } from './dates.ts';
import { occasionCount } from './episodes.ts';
import type { DatedEvent } from './prepare.ts';

export type Language = 'nl' | 'en';
/** Singular and plural, per language. */
export type Noun = Record<Language, readonly [string, string]>;

const MAX_LISTED = 8;

export function localised(write: (language: Language) => string): LocalisedText {
  return { nl: write('nl'), en: write('en') };
}

export function counted(count: number, noun: Noun, language: Language): string {
  return `${count} ${noun[language][count === 1 ? 0 : 1]}`;
}

export function monthsText(months: number, language: Language): string {
  return counted(months, { nl: ['maand', 'maanden'], en: ['month', 'months'] }, language);
}

export function describeEvent(event: DatedEvent, language: Language): string {
  let extra = '';
  const details = event.details;
  if (event.kind === 'move' && (details?.fromMunicipality || details?.toMunicipality)) {
    extra = ` (${details.fromMunicipality ?? '?'} → ${details.toMunicipality ?? '?'})`;
  }
  if (event.kind === 'help_ended' && details?.endedBy) {
    const byFamily = details.endedBy === 'family';
    extra = language === 'nl' ? (byFamily ? ' (door het gezin)' : ' (door de hulpverlener)') : (byFamily ? ' (by the family)' : ' (by the professional)');
  }
  return `${formatDay(event.day, language)} ${signalKind(event.kind).label[language]}${extra}`;
}

/** Lists events in timeline order; long lists are cut so the alert stays readable, the ids stay complete. */
export function listEvents(events: readonly DatedEvent[], language: Language): string {
  const shown = events.slice(0, MAX_LISTED).map((event) => describeEvent(event, language)).join('; ');
  const rest = events.length - MAX_LISTED;
  if (rest <= 0) return shown;
  return `${shown}; … ${language === 'nl' ? `en ${rest} meer` : `and ${rest} more`}`;
}

/** "3 meldingen … binnen 11 maanden: 12-01-2026 Politie-inzet bij het gezin; …" */
export function describeEpisode(events: readonly DatedEvent[], rule: WindowedThreshold, noun: Noun, language: Language): string {
  const first = events[0];
  const last = events[events.length - 1];
  if (!first || !last) return '';
  const occasions = occasionCount(events);
  let text = counted(events.length, noun, language);
  if (occasions < events.length) text += language === 'nl' ? ` op ${occasions} verschillende dagen` : ` on ${occasions} different days`;
  if (rule.windowMonths !== null) {
    const months = monthsCovering(first.day, last.day);
    text += language === 'nl' ? ` binnen ${monthsText(months, language)}` : ` within ${monthsText(months, language)}`;
    if (months > rule.windowMonths) {
      // A chain of overlapping windows: say what held each time, so the long span is not misread.
      const each = `${rule.threshold} ${language === 'nl' ? 'binnen' : 'within'} ${monthsText(rule.windowMonths, language)}`;
      text += language === 'nl' ? ` (telkens minstens ${each})` : ` (each time at least ${each})`;
    }
  }
  return `${text}: ${listEvents(events, language)}.`;
}
