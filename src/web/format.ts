import i18next, { type TFunction } from 'i18next';
import type { QuestionAnswerView } from '../api/contract.ts';

/** A date (YYYY-MM-DD or ISO time) as people write it: "3 maart 2025". */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value.length === 10 ? `${value}T12:00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** Names as people list them: "Dev, Shanaya en Noah" (or "Dev, Shanaya and Noah"). */
export function formatList(items: string[], language: string): string {
  return new Intl.ListFormat(language === 'en' ? 'en-GB' : 'nl-NL', { style: 'long', type: 'conjunction' }).format(items);
}

export function formatDateTime(value: string, language: string): string {
  const date = new Date(value);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

/** The answer to one of the five questions, worded from its stable reason code and parameters. */
export function questionText(t: TFunction, answer: QuestionAnswerView): string {
  const params: Record<string, string | number> = { ...answer.params };
  if (answer.reason === 'VIEW_INCOMPLETE') {
    params.missing = formatList(String(answer.params.missing ?? '').split(',').filter(Boolean)
      .map((item) => t(`questions.missing.${item}`)), i18next.language);
  }
  // The rules list names with commas; said aloud it is "Sanne en Daan".
  if (typeof params.names === 'string') params.names = formatList(params.names.split(', '), i18next.language);
  return t(`questions.reasons.${answer.reason}`, { ...params, defaultValue: answer.reason });
}

/** Today in the Netherlands, as the server counts it, whatever time zone this computer is set to. */
export { today } from '../clock.ts';

/** A moment as people say it, without seconds: "3 maart 2025 om 14:05". */
export function formatMoment(value: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(value));
}

/** Age as people say it: a baby's in months ("7 maanden"), from two years on in years ("3 jaar"). */
export function ageText(t: TFunction, person: { age: number; ageInMonths: number }): string {
  if (person.ageInMonths < 1) return t('children.newborn');
  if (person.ageInMonths < 24) return t('children.months', { count: person.ageInMonths });
  return t('children.years', { count: person.age });
}
