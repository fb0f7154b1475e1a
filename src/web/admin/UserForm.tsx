import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles } from '../../domain/roles.ts';
import { post } from '../api.ts';
import { CheckboxField } from '../components/Checkbox.tsx';
import { ChoiceGroup } from '../components/Choices.tsx';
import { SelectField, TextField } from '../components/Fields.tsx';
import { Form, requireFields } from '../components/Form.tsx';
import type { CreatedUser, Organisation } from '../types.ts';

export function UserForm({ organisations, onCreated }: { organisations: Organisation[]; onCreated: (created: CreatedUser & { email: string }) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [chosenRoles, setChosenRoles] = useState<string[]>(['professional']);
  const [password, setPassword] = useState('');
  const [secondFactor, setSecondFactor] = useState(false);
  const labels = { email: t('admin.user.email'), name: t('admin.user.name'), organisationId: t('admin.user.organisation'), roles: t('admin.user.roles'), password: t('admin.user.password') };

  const validate = () => [
    ...requireFields(t, [['email', email, labels.email], ['name', name, labels.name], ['organisationId', organisationId, labels.organisationId]]),
    ...(chosenRoles.length === 0 ? [{ path: 'roles', message: t('admin.user.chooseRole') }] : []),
    ...(password.length < 12 ? [{ path: 'password', message: t('fieldErrors.password') }] : []),
  ];
  const submit = async () => {
    const created = await post<CreatedUser>('/users', { email: email.trim(), name: name.trim(), organisationId, roles: chosenRoles, password, secondFactor });
    onCreated({ ...created, email: email.trim() });
  };
  return (
    <Form label={t('admin.newUser')} submitLabel={t('admin.user.submit')} validate={validate} onSubmit={submit} fieldLabels={labels}>
      <TextField name="email" label={labels.email} type="email" required value={email} onChange={setEmail} autoComplete="off" />
      <TextField name="name" label={labels.name} required value={name} onChange={setName} autoComplete="off" />
      <SelectField name="organisationId" label={labels.organisationId} required value={organisationId} onChange={setOrganisationId}>
        <option value="">{t('form.choose')}</option>
        {organisations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
      </SelectField>
      <ChoiceGroup name="roles" legend={labels.roles} type="checkbox" selected={chosenRoles} onChange={setChosenRoles}
        options={roles.map((r) => ({ value: r, label: t(`role.${r}`), description: t(`roleHelp.${r}`) }))} />
      <CheckboxField name="secondFactor" label={t('admin.user.secondFactor')} description={t('admin.user.secondFactorHelp')} checked={secondFactor} onChange={setSecondFactor} />
      <TextField name="password" label={labels.password} description={t('admin.user.passwordHelp')} type="password" required value={password} onChange={setPassword} autoComplete="new-password" />
    </Form>
  );
}
