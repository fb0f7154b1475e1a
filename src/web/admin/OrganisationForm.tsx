import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationKinds } from '../../domain/roles.ts';
import { post } from '../api.ts';
import { SelectField, TextAreaField, TextField } from '../components/Fields.tsx';
import { Form, requireFields } from '../components/Form.tsx';

export function OrganisationForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState('');
  const [municipality, setMunicipality] = useState('');
  const [offers, setOffers] = useState('');
  const labels = { name: t('admin.org.name'), kind: t('admin.org.kind'), municipality: t('admin.org.municipality'), offers: t('admin.org.offers') };
  const submit = async () => {
    const offerList = offers.split('\n').map((line) => line.trim()).filter(Boolean);
    await post('/organisations', { name: name.trim(), kind, municipality: municipality.trim(), ...(offerList.length ? { offers: offerList } : {}) });
    onCreated();
  };
  return (
    <Form label={t('admin.newOrganisation')} submitLabel={t('admin.org.submit')} onSubmit={submit} fieldLabels={labels}
      validate={() => requireFields(t, [['name', name, labels.name], ['kind', kind, labels.kind], ['municipality', municipality, labels.municipality]])}>
      <TextField name="name" label={labels.name} required value={name} onChange={setName} autoComplete="organization" />
      <SelectField name="kind" label={labels.kind} required value={kind} onChange={setKind}>
        <option value="">{t('form.choose')}</option>
        {organisationKinds.map((k) => <option key={k} value={k}>{t(`organisationKind.${k}`)}</option>)}
      </SelectField>
      <TextField name="municipality" label={labels.municipality} required value={municipality} onChange={setMunicipality} autoComplete="off" />
      <TextAreaField name="offers" label={labels.offers} description={t('admin.org.offersHelp')} value={offers} onChange={setOffers} />
    </Form>
  );
}
