import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api.ts';
import { SelectField, TextField } from '../components/Fields.tsx';
import { Form } from '../components/Form.tsx';
import { auditActionNames, type AuditFilterInput } from './auditQuery.ts';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Period, who and what: the filters of the log. Checked here first; the server checks the same (and real dates). */
export function AuditFilters({ initial, onApply }: { initial: AuditFilterInput; onApply: (filter: AuditFilterInput) => Promise<void> }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState(initial);
  const set = <K extends keyof AuditFilterInput>(key: K) => (value: string) => setFilter((previous) => ({ ...previous, [key]: value }));
  const labels = { from: t('privacy.filters.from'), to: t('privacy.filters.to'), actorEmail: t('privacy.filters.actor'), action: t('privacy.filters.action') };

  const validate = (): FieldError[] => {
    const errors: FieldError[] = [];
    if (filter.from && !datePattern.test(filter.from)) errors.push({ path: 'from', message: t('privacy.filters.notADate', { field: labels.from }) });
    if (filter.to && !datePattern.test(filter.to)) errors.push({ path: 'to', message: t('privacy.filters.notADate', { field: labels.to }) });
    if (errors.length === 0 && filter.from && filter.to && filter.to < filter.from) errors.push({ path: 'to', message: t('privacy.filters.toBeforeFrom') });
    if (filter.actorEmail.trim() && !filter.actorEmail.includes('@')) errors.push({ path: 'actorEmail', message: t('privacy.filters.notAnEmail') });
    return errors;
  };

  return (
    <Form label={t('privacy.filters.formTitle')} submitLabel={t('privacy.filters.submit')} validate={validate} onSubmit={() => onApply(filter)} fieldLabels={labels}>
      <div className="rondom-filter-row">
        <TextField name="from" label={labels.from} type="date" value={filter.from} onChange={set('from')} />
        <TextField name="to" label={labels.to} type="date" value={filter.to} onChange={set('to')} />
      </div>
      <TextField name="actorEmail" label={labels.actorEmail} description={t('privacy.filters.actorHelp')} type="email" autoComplete="off" value={filter.actorEmail} onChange={set('actorEmail')} />
      <SelectField name="action" label={labels.action} value={filter.action} onChange={set('action')}>
        <option value="">{t('privacy.filters.anyAction')}</option>
        {auditActionNames
          .map((action) => ({ action, label: t(`auditAction.${action}`, { defaultValue: action }) }))
          .sort((a, b) => a.label.localeCompare(b.label))
          .map(({ action, label }) => <option key={action} value={action}>{label}</option>)}
      </SelectField>
    </Form>
  );
}
