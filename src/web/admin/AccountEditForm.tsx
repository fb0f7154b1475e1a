import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { CheckboxField } from '../components/Checkbox.tsx';
import { TextField } from '../components/Fields.tsx';
import { Form, requireFields } from '../components/Form.tsx';
import type { AccountView, Organisation } from '../types.ts';
import { RoleChoices } from './RoleChoices.tsx';
import { TeamSelect } from './TeamSelect.tsx';

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((item) => b.includes(item));

/**
 * Change an account: only what differs is sent. One's own roles and team are changed by another administrator
 * (the server refuses it too), so those fields are not offered on one's own account.
 */
export function AccountEditForm({ account, organisation, self, onSaved }: {
  account: AccountView; organisation: Organisation | undefined; self: boolean;
  onSaved: (outcome: { changed: boolean; emailChanged: boolean; data?: AccountView }) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(account.name);
  const [email, setEmail] = useState(account.email);
  const [phone, setPhone] = useState(account.phone ?? '');
  const [chosenRoles, setChosenRoles] = useState(account.roles);
  const [teamId, setTeamId] = useState(account.teamId ?? '');
  const [secondFactor, setSecondFactor] = useState(account.secondFactor !== 'none');
  const labels = { name: t('admin.user.name'), email: t('admin.user.email'), phone: t('admin.user.phone'), roles: t('admin.user.roles'), teamId: t('admin.user.team') };

  const changes = () => ({
    ...(name.trim() !== account.name ? { name: name.trim() } : {}),
    ...(account.status === 'invited' && email.trim().toLowerCase() !== account.email ? { email: email.trim() } : {}),
    ...(phone.trim() !== (account.phone ?? '') ? { phone: phone.trim() || null } : {}),
    ...(!self && !sameSet(chosenRoles, account.roles) ? { roles: chosenRoles } : {}),
    ...(!self && teamId !== (account.teamId ?? '') ? { teamId: teamId || null } : {}),
    ...(account.secondFactor !== 'set_up' && secondFactor !== (account.secondFactor !== 'none') ? { secondFactor } : {}),
  });
  const validate = () => [
    ...requireFields(t, [['name', name, labels.name], ['email', email, labels.email]]),
    ...(chosenRoles.length === 0 ? [{ path: 'roles', message: t('admin.user.chooseRole') }] : []),
  ];
  const submit = async () => {
    const body = changes();
    if (Object.keys(body).length === 0) return onSaved({ changed: false, emailChanged: false });
    const result = await api<{ data: AccountView }>('PATCH', `/users/${account.id}`, body);
    onSaved({ changed: true, emailChanged: 'email' in body, data: result.data });
  };

  return (
    <Form label={t('admin.edit.label', { name: account.name })} submitLabel={t('admin.edit.submit')} validate={validate} onSubmit={submit} fieldLabels={labels}>
      <TextField name="name" label={labels.name} required value={name} onChange={setName} autoComplete="off" />
      {/* Once the owner has activated the account, the address is theirs: the links that open it go there. */}
      {account.status === 'invited' ? (
        <TextField name="email" label={labels.email} description={t('admin.edit.emailInvited')}
          type="email" required value={email} onChange={setEmail} autoComplete="off" />
      ) : (
        <p className="utrecht-paragraph rondom-muted">{t('admin.edit.emailOwner', { email: account.email })}</p>
      )}
      <TextField name="phone" label={labels.phone} type="tel" value={phone} onChange={setPhone} autoComplete="off" />
      {self ? (
        <p className="utrecht-paragraph rondom-muted">{t('admin.edit.notOwnRoles')}</p>
      ) : (
        <>
          <RoleChoices selected={chosenRoles} onChange={setChosenRoles} />
          <TeamSelect organisation={organisation} value={teamId} onChange={setTeamId} />
        </>
      )}
      {account.secondFactor === 'set_up' ? (
        <p className="utrecht-paragraph rondom-muted">{t('admin.edit.secondFactorSetUp')}</p>
      ) : (
        <CheckboxField name="secondFactor" label={t('admin.edit.secondFactor')} description={t('admin.user.secondFactorHelp')} checked={secondFactor} onChange={setSecondFactor} />
      )}
    </Form>
  );
}
