import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../api.ts';
import { TextField } from '../components/Fields.tsx';
import { Form, requireFields } from '../components/Form.tsx';

/** Register a family: name and municipality; the address is optional (it starts the address history). */
export function NewFamilyForm({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [municipality, setMunicipality] = useState('');
  const [street, setStreet] = useState('');
  const [postcode, setPostcode] = useState('');
  const [city, setCity] = useState('');
  const hasAddress = street.trim() !== '' || city.trim() !== '';

  const validate = () => [
    ...requireFields(t, [['name', name, t('newFamily.name')], ['municipality', municipality, t('newFamily.municipality')]]),
    ...(hasAddress ? requireFields(t, [['address.street', street, t('address.street')], ['address.city', city, t('address.city')]]) : []),
  ];
  const submit = async () => {
    const address = hasAddress ? { street: street.trim(), city: city.trim(), ...(postcode.trim() ? { postcode: postcode.trim() } : {}) } : undefined;
    const created = await post<{ id: string }>('/households', { name: name.trim(), municipality: municipality.trim(), ...(address ? { address } : {}) });
    onCreated(created.id);
  };

  return (
    <Form label={t('newFamily.title')} submitLabel={t('newFamily.submit')} validate={validate} onSubmit={submit}
      fieldLabels={{ name: t('newFamily.name'), municipality: t('newFamily.municipality') }}>
      <TextField name="name" label={t('newFamily.name')} description={t('newFamily.nameHelp')} required value={name} onChange={setName} />
      <TextField name="municipality" label={t('newFamily.municipality')} required value={municipality} onChange={setMunicipality} />
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('newFamily.address')}</legend>
        <TextField name="address.street" label={t('address.street')} autoComplete="off" value={street} onChange={setStreet} />
        <TextField name="address.postcode" label={t('address.postcode')} autoComplete="off" value={postcode} onChange={setPostcode} />
        <TextField name="address.city" label={t('address.city')} autoComplete="off" value={city} onChange={setCity} />
      </fieldset>
    </Form>
  );
}
