/**
 * Calendar arithmetic on 'YYYY-MM-DD' dates. Every date becomes a day number once, so windows are
 * integer comparisons and no time zone or daylight-saving change can move an event to another day.
 * Plain integer arithmetic (H. Hinnant's civil-date algorithms) instead of `Date` objects: parsing is
 * most of the cost of evaluating a household, and this is several times faster.
 * Months are calendar months, clamped at the end of a month: 31-03 minus one month is 28-02 (29-02).
 */

interface CivilDate { year: number; month: number; day: number }

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const daysInMonth = (year: number, month: number) =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;

/** Days since 1970-01-01 of a proleptic Gregorian date. */
function daysFromCivil({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1 };
}

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index) - 48;
    if (code < 0 || code > 9) return Number.NaN;
    value = value * 10 + code;
  }
  return value;
}

/** Days since 1970-01-01. Throws on anything that is not a real calendar date in YYYY-MM-DD form. */
export function parseDay(iso: string): number {
  if (iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') throw new Error(`Invalid date '${iso}': expected YYYY-MM-DD`);
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 7);
  const day = digits(iso, 8, 10);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) throw new Error(`Invalid date '${iso}': no such day`);
  return daysFromCivil({ year, month, day });
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

export function dayToIso(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Shifts a day by whole calendar months (negative = back), clamping to the last day of the month. */
export function shiftMonths(days: number, months: number): number {
  const { year, month, day } = civilFromDays(days);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return daysFromCivil({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/**
 * The first day still inside a window of `months` months ending at `day`, both ends included:
 * for 15-01-2026 and 12 months that is 15-01-2025.
 */
export function windowStart(day: number, months: number): number {
  return shiftMonths(day, -months);
}

/** The number of calendar months needed to cover from → to, at least 1 ("within 11 months"). */
export function monthsCovering(from: number, to: number): number {
  const a = civilFromDays(from);
  const b = civilFromDays(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (shiftMonths(from, months) < to) months += 1;
  while (months > 1 && shiftMonths(from, months - 1) >= to) months -= 1;
  return Math.max(1, months);
}

/** Dutch readers expect 12-01-2026; English text uses the unambiguous ISO form. */
export function formatDay(days: number, language: 'nl' | 'en'): string {
  const { year, month, day } = civilFromDays(days);
  return language === 'nl' ? `${pad(day, 2)}-${pad(month, 2)}-${pad(year, 4)}` : `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
