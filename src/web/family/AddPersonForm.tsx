import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../api.ts';
import { SelectField, TextField } from '../components/Fields.tsx';
import { Form, requireFields } from '../components/Form.tsx';

/** Add a child (with school) or an adult (with relation to the children); the BSN is optional. */
export interface PersonAdded { id: string; name: string; newMatches: number }

export function AddPersonForm({ householdId, kind, onAdded }: { householdId: string; kind: 'child' | 'adult'; onAdded: (added: PersonAdded) => void }) {
  const { t } = useTranslation();
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [school, setSchool] = useState('');
  const [role, setRole] = useState(kind === 'child' ? 'child' : 'parent');
  const [relation, setRelation] = useState('');
  const [bsn, setBsn] = useState('');
  const labels = { firstName: t('person.firstName'), lastName: t('person.lastName'), birthDate: t('person.birthDate'), bsn: t('person.bsn'), school: t('person.school'), relation: t('person.relation') };

  const validate = () => [
    ...requireFields(t, [['firstName', firstName, labels.firstName], ['lastName', lastName, labels.lastName], ['birthDate', birthDate, labels.birthDate]]),
    ...(bsn.trim() && !/^\d{8,9}$/.test(bsn.replace(/\s/g, '')) ? [{ path: 'bsn', message: t('fieldErrors.bsn') }] : []),
  ];
  const submit = async () => {
    const optional = (value: string) => (value.trim() ? value.trim() : undefined);
    const added = await post<{ id: string; newMatches: number }>(`/households/${householdId}/persons`, {
      firstName: firstName.trim(), lastName: lastName.trim(), birthDate, role,
      bsn: optional(bsn), school: kind === 'child' ? optional(school) : undefined, relation: kind === 'adult' ? optional(relation) : undefined,
    });
    onAdded({ id: added.id, name: `${firstName.trim()} ${lastName.trim()}`, newMatches: added.newMatches });
  };

  return (
    <Form label={kind === 'child' ? t('children.add') : t('adults.add')} submitLabel={t('person.submit')} validate={validate} onSubmit={submit} fieldLabels={labels}>
      <TextField name="firstName" label={labels.firstName} required value={firstName} onChange={setFirstName} autoComplete="off" />
      <TextField name="lastName" label={labels.lastName} required value={lastName} onChange={setLastName} autoComplete="off" />
      <TextField name="birthDate" label={labels.birthDate} type="date" required value={birthDate} onChange={setBirthDate} />
      {kind === 'child' ? (
        <TextField name="school" label={labels.school} value={school} onChange={setSchool} autoComplete="off" />
      ) : (
        <>
          <SelectField name="role" label={t('person.role')} required value={role} onChange={setRole}>
            {(['parent', 'caregiver', 'other'] as const).map((r) => <option key={r} value={r}>{t(`personRole.${r}`)}</option>)}
          </SelectField>
          <TextField name="relation" label={labels.relation} description={t('person.relationHelp')} value={relation} onChange={setRelation} autoComplete="off" />
        </>
      )}
      <TextField name="bsn" label={labels.bsn} description={t('person.bsnHelp')} inputMode="numeric" value={bsn} onChange={setBsn} autoComplete="off" />
    </Form>
  );
}
