import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../api.ts';
import { TextField } from '../components/Fields.tsx';
import { Form, requireFields } from '../components/Form.tsx';
import { today } from '../format.ts';

/** Register a move: the old address ends on the moving date, the new one starts. */
export function MoveForm({ householdId, municipality: currentMunicipality, onMoved }: { householdId: string; municipality: string; onMoved: () => void }) {
  const { t } = useTranslation();
  const [street, setStreet] = useState('');
  const [postcode, setPostcode] = useState('');
  const [city, setCity] = useState('');
  const [municipality, setMunicipality] = useState(currentMunicipality);
  const [since, setSince] = useState(today());
  const labels = { street: t('address.street'), postcode: t('address.postcode'), city: t('address.city'), municipality: t('address.municipality'), since: t('address.since') };
  const submit = async () => {
    await post(`/households/${householdId}/moves`, {
      street: street.trim(), city: city.trim(), municipality: municipality.trim(), since, ...(postcode.trim() ? { postcode: postcode.trim() } : {}),
    });
    onMoved();
  };
  return (
    <Form label={t('addresses.move')} submitLabel={t('addresses.submit')} onSubmit={submit} fieldLabels={labels}
      validate={() => requireFields(t, [['street', street, labels.street], ['city', city, labels.city], ['municipality', municipality, labels.municipality], ['since', since, labels.since]])}>
      <TextField name="street" label={labels.street} required value={street} onChange={setStreet} autoComplete="off" />
      <TextField name="postcode" label={labels.postcode} value={postcode} onChange={setPostcode} autoComplete="off" />
      <TextField name="city" label={labels.city} required value={city} onChange={setCity} autoComplete="off" />
      <TextField name="municipality" label={labels.municipality} required value={municipality} onChange={setMunicipality} autoComplete="off" />
      <TextField name="since" label={labels.since} type="date" required value={since} onChange={setSince} />
    </Form>
  );
}
