import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get } from '../api.ts';
import { TextField } from '../components/Fields.tsx';
import { Form } from '../components/Form.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { AuditTable } from '../privacy/AuditTable.tsx';
import type { AuditEventView, DataList } from '../types.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** For the privacy officer: who looked at this child (or family), and when — straight from the audit trail. */
export function PrivacyPage() {
  const { t } = useTranslation();
  const [personId, setPersonId] = useState('');
  const [householdId, setHouseholdId] = useState('');
  const [events, setEvents] = useState<AuditEventView[] | null>(null);
  const labels = { personId: t('privacy.personId'), householdId: t('privacy.householdId') };

  const validate = () => {
    if (!personId.trim() && !householdId.trim()) return [{ path: 'personId', message: t('privacy.needOne') }];
    return ([['personId', personId], ['householdId', householdId]] as const)
      .filter(([, value]) => value.trim() && !uuid.test(value.trim()))
      .map(([path]) => ({ path, message: t('privacy.notAnId', { field: labels[path] }) }));
  };
  const submit = async () => {
    const query = new URLSearchParams();
    if (personId.trim()) query.set('personId', personId.trim());
    if (householdId.trim()) query.set('householdId', householdId.trim());
    const result = await get<DataList<AuditEventView>>(`/audit?${query.toString()}`);
    setEvents(result.data);
  };

  return (
    <>
      <PageTitle documentTitle={t('privacy.title')}>{t('privacy.title')}</PageTitle>
      <p className="utrecht-paragraph rondom-lead">{t('privacy.intro')}</p>
      <Form label={t('privacy.formLabel')} submitLabel={t('privacy.submit')} validate={validate} onSubmit={submit} fieldLabels={labels}>
        <TextField name="personId" label={labels.personId} description={t('privacy.personIdHelp')} value={personId} onChange={setPersonId} autoComplete="off" />
        <TextField name="householdId" label={labels.householdId} value={householdId} onChange={setHouseholdId} autoComplete="off" />
      </Form>
      {events && <AuditTable events={events} />}
    </>
  );
}
