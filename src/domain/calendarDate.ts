const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `value` is a day that exists on the calendar, written YYYY-MM-DD (year 0001–9999, which PostgreSQL
 * accepts). Never throws, whatever it is given: this runs on input from anyone, anonymous callers included.
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const parts = datePattern.exec(value);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (year < 1) return false;
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
