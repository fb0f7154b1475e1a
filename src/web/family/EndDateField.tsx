import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api.ts';
import { TextField } from '../components/Fields.tsx';
import { formatDate, today } from '../format.ts';

/**
 * The date something ends: today unless filled in otherwise, never in the future (the family page shows an end
 * date as history straight away). Empty means today, as the server decides then.
 */
export function EndDateField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return <TextField name="until" label={label} description={t('ending.dateHelp')} type="date" value={value} onChange={onChange} />;
}

/** Today in the user's own calendar (YYYY-MM-DD), the default end date. */

/** Checks the end date: a real date, not in the future, and not before the start (`since`, YYYY-MM-DD…). */
export function checkEndDate(t: (key: string, options?: Record<string, unknown>) => string, value: string, since: string, language: string): FieldError[] {
  if (value === '') return [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return [{ path: 'until', message: t('ending.dateInvalid') }];
  if (value > today()) return [{ path: 'until', message: t('ending.dateFuture') }];
  const start = since.slice(0, 10);
  if (value < start) return [{ path: 'until', message: t('ending.dateBeforeStart', { date: formatDate(start, language) }) }];
  return [];
}

/** The request body: the chosen date, or nothing (the server takes today). */
export const endDateBody = (value: string) => (value ? { until: value } : {});
