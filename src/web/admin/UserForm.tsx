import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../api.ts';
import { CheckboxField } from '../components/Checkbox.tsx';
import { SelectField, TextField } from '../components/Fields.tsx';
import { Form, requireFields } from '../components/Form.tsx';
import type { CreatedUser, Organisation } from '../types.ts';
import { RoleChoices } from './RoleChoices.tsx';
import { TeamSelect } from './TeamSelect.tsx';

/**
 * A new account, without a password: its owner activates it through a link mailed to this address (or by
 * logging in through the organisation's identity provider), and chooses the password and second factor there.
 */
export function UserForm({ organisations, onCreated }: { organisations: Organisation[]; onCreated: (created: CreatedUser) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [teamId, setTeamId] = useState('');
  const [chosenRoles, setChosenRoles] = useState<string[]>(['professional']);
  const [secondFactor, setSecondFactor] = useState(false);
  const labels = {
    email: t('admin.user.email'), name: t('admin.user.name'), phone: t('admin.user.phone'), organisationId: t('admin.user.organisation'),
    teamId: t('admin.user.team'), roles: t('admin.user.roles'),
  };
  const organisation = organisations.find((o) => o.id === organisationId);

  const validate = () => [
    ...requireFields(t, [['email', email, labels.email], ['name', name, labels.name], ['organisationId', organisationId, labels.organisationId]]),
    ...(chosenRoles.length === 0 ? [{ path: 'roles', message: t('admin.user.chooseRole') }] : []),
  ];
  const submit = async () => {
    onCreated(await post<CreatedUser>('/users', {
      email: email.trim(), name: name.trim(), organisationId, roles: chosenRoles, secondFactor,
      ...(teamId ? { teamId } : {}), ...(phone.trim() ? { phone: phone.trim() } : {}),
    }));
  };
  return (
    <Form label={t('admin.newUser')} submitLabel={t('admin.user.submit')} validate={validate} onSubmit={submit} fieldLabels={labels}>
      <p className="utrecht-paragraph">{t('admin.user.intro')}</p>
      <TextField name="email" label={labels.email} description={t('admin.user.emailHelp')} type="email" required value={email} onChange={setEmail} autoComplete="off" />
      <TextField name="name" label={labels.name} required value={name} onChange={setName} autoComplete="off" />
      <TextField name="phone" label={labels.phone} type="tel" value={phone} onChange={setPhone} autoComplete="off" />
      <SelectField name="organisationId" label={labels.organisationId} required value={organisationId} onChange={(id) => { setOrganisationId(id); setTeamId(''); }}>
        <option value="">{t('form.choose')}</option>
        {organisations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
      </SelectField>
      <TeamSelect organisation={organisation} value={teamId} onChange={setTeamId} />
      <RoleChoices selected={chosenRoles} onChange={setChosenRoles} />
      <CheckboxField name="secondFactor" label={t('admin.user.secondFactor')} description={t('admin.user.secondFactorHelp')} checked={secondFactor} onChange={setSecondFactor} />
    </Form>
  );
}
