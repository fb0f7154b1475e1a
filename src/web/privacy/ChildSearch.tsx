import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, type FieldError } from '../api.ts';
import { ChoiceGroup } from '../components/Choices.tsx';
import { TextField } from '../components/Fields.tsx';
import { Form } from '../components/Form.tsx';
import { useField } from '../components/Form.tsx';
import { today } from '../format.ts';
import type { AuditSubject, DataList } from '../types.ts';
import { normaliseBsn } from './bsn.ts';

export type SearchMode = 'bsn' | 'name';

/**
 * "Zoek het kind": by BSN, or by last name and birth date. The privacy officer does not know Rondom's
 * internal ids; this finds the child first. The search itself is logged, and the form says so.
 */
export function ChildSearch({ onFound }: { onFound: (subjects: AuditSubject[], mode: SearchMode) => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<SearchMode>('bsn');
  const [bsn, setBsn] = useState('');
  const [lastName, setLastName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const labels = { bsn: t('privacy.find.bsn'), lastName: t('privacy.find.lastName'), birthDate: t('privacy.find.birthDate'), mode: t('privacy.find.how') };

  const validate = (): FieldError[] => {
    if (mode === 'bsn') {
      if (!bsn.trim()) return [{ path: 'bsn', message: t('privacy.find.bsnMissing') }];
      return normaliseBsn(bsn) ? [] : [{ path: 'bsn', message: t('fieldErrors.bsn') }];
    }
    const errors: FieldError[] = [];
    if (!lastName.trim()) errors.push({ path: 'lastName', message: t('privacy.find.lastNameMissing') });
    if (!birthDate) errors.push({ path: 'birthDate', message: t('privacy.find.birthDateMissing') });
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate) || birthDate > today()) errors.push({ path: 'birthDate', message: t('fieldErrors.birthDate') });
    return errors;
  };

  const submit = async () => {
    const query = new URLSearchParams(mode === 'bsn' ? { bsn: normaliseBsn(bsn) ?? bsn.trim() } : { lastName: lastName.trim(), birthDate });
    const result = await get<DataList<AuditSubject>>(`/audit/subjects?${query.toString()}`);
    onFound(result.data, mode);
  };

  return (
    <Form label={t('privacy.find.title')} submitLabel={t('privacy.find.submit')} validate={validate} onSubmit={submit} fieldLabels={labels}>
      <p className="utrecht-paragraph"><strong>{t('privacy.find.loggedTitle')}</strong> {t('privacy.find.logged')}</p>
      <ChoiceGroup name="mode" legend={labels.mode} type="radio" selected={[mode]} onChange={([value]) => setMode(value === 'name' ? 'name' : 'bsn')}
        options={[{ value: 'bsn', label: t('privacy.find.byBsn') }, { value: 'name', label: t('privacy.find.byName') }]} />
      {mode === 'bsn' ? (
        <TextField name="bsn" label={labels.bsn} description={t('privacy.find.bsnHelp')} required inputMode="numeric" autoComplete="off" value={bsn} onChange={setBsn} />
      ) : (
        <NameFields legend={t('privacy.find.nameLegend')}>
          <TextField name="lastName" label={labels.lastName} description={t('privacy.find.lastNameHelp')} required autoComplete="off" value={lastName} onChange={setLastName} />
          <TextField name="birthDate" label={labels.birthDate} type="date" required value={birthDate} onChange={setBirthDate} />
        </NameFields>
      )}
    </Form>
  );
}

/** Last name and birth date belong together: one fieldset with its own legend. */
function NameFields({ legend, children }: { legend: string; children: React.ReactNode }) {
  const { id } = useField('name');
  return (
    <fieldset id={id} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {children}
    </fieldset>
  );
}
