import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../api.ts';
import { TextAreaField, TextField } from '../components/Fields.tsx';
import { Form, requireFields } from '../components/Form.tsx';

export function NetworkForm({ householdId, onAdded }: { householdId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [relation, setRelation] = useState('');
  const [doesWhat, setDoesWhat] = useState('');
  const [contact, setContact] = useState('');
  const labels = { name: t('network.name'), relation: t('network.relation'), doesWhat: t('network.doesWhat'), contact: t('network.contact') };
  const submit = async () => {
    await post(`/households/${householdId}/network`, {
      name: name.trim(), relation: relation.trim(), ...(doesWhat.trim() ? { doesWhat: doesWhat.trim() } : {}), ...(contact.trim() ? { contact: contact.trim() } : {}),
    });
    onAdded();
  };
  return (
    <Form label={t('network.add')} submitLabel={t('network.submit')} onSubmit={submit} fieldLabels={labels}
      validate={() => requireFields(t, [['name', name, labels.name], ['relation', relation, labels.relation]])}>
      <TextField name="name" label={labels.name} required value={name} onChange={setName} autoComplete="off" />
      <TextField name="relation" label={labels.relation} description={t('network.relationHelp')} required value={relation} onChange={setRelation} autoComplete="off" />
      <TextAreaField name="doesWhat" label={labels.doesWhat} description={t('network.doesWhatHelp')} value={doesWhat} onChange={setDoesWhat} />
      <TextField name="contact" label={labels.contact} description={t('network.contactHelp')} value={contact} onChange={setContact} autoComplete="off" />
    </Form>
  );
}
