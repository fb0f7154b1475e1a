import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post, type FieldError } from '../api.ts';
import { TextField } from '../components/Fields.tsx';
import { Form, requireFields } from '../components/Form.tsx';

export const minimumPasswordLength = 12;

/**
 * The current password, then the new one twice. The browser checks the length and that both new ones are the
 * same; the server's answers (wrong current password, too short, the same as before) land on their fields.
 */
export function PasswordForm({ onChanged }: { onChanged: () => Promise<void> | void }) {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeatPassword, setRepeatPassword] = useState('');
  const labels = { currentPassword: t('password.current'), newPassword: t('password.new'), repeatPassword: t('password.repeat') };

  const validate = (): FieldError[] => {
    const missing = requireFields(t, [['currentPassword', currentPassword, labels.currentPassword], ['newPassword', newPassword, labels.newPassword]]);
    const problems: FieldError[] = [...missing];
    if (newPassword !== '' && newPassword.length < minimumPasswordLength) problems.push({ path: 'newPassword', message: t('password.tooShort', { count: minimumPasswordLength }) });
    else if (newPassword !== '' && newPassword === currentPassword) problems.push({ path: 'newPassword', message: t('password.sameAsCurrent') });
    if (newPassword !== '' && repeatPassword !== newPassword) problems.push({ path: 'repeatPassword', message: t('password.mismatch') });
    return problems;
  };

  const submit = async () => {
    await post('/session/password', { currentPassword, newPassword });
    await onChanged();
  };

  return (
    <Form label={t('password.formLabel')} submitLabel={t('password.submit')} validate={validate} onSubmit={submit} fieldLabels={labels}>
      <TextField name="currentPassword" label={labels.currentPassword} type="password" autoComplete="current-password" required
        value={currentPassword} onChange={setCurrentPassword} />
      <TextField name="newPassword" label={labels.newPassword} description={t('password.newHelp', { count: minimumPasswordLength })} type="password"
        autoComplete="new-password" required value={newPassword} onChange={setNewPassword} />
      <TextField name="repeatPassword" label={labels.repeatPassword} type="password" autoComplete="new-password" required
        value={repeatPassword} onChange={setRepeatPassword} />
    </Form>
  );
}
