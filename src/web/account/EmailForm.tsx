import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post, type FieldError } from '../api.ts';
import { TextField } from '../components/Fields.tsx';
import { Form, requireFields } from '../components/Form.tsx';

/**
 * The owner changes their own address: the links that open the account go there, so the password (and the
 * code, with a second factor) proves it is them. The old address is told; other sessions end.
 */
export function EmailForm({ currentEmail, hasSecondFactor, onChanged }: { currentEmail: string; hasSecondFactor: boolean; onChanged: (email: string) => Promise<void> | void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [currentPassword, setCurrentPassword] = useState('');
  const [code, setCode] = useState('');
  const labels = { email: t('ownEmail.new'), currentPassword: t('password.current'), totp: t('link.code') };

  const validate = (): FieldError[] => {
    const problems = requireFields(t, [['email', email, labels.email], ['currentPassword', currentPassword, labels.currentPassword]]);
    if (email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) problems.push({ path: 'email', message: t('fieldErrors.email') });
    else if (email.trim().toLowerCase() === currentEmail.toLowerCase()) problems.push({ path: 'email', message: t('ownEmail.same') });
    if (hasSecondFactor && !/^\d{6}$/.test(code.trim())) problems.push({ path: 'totp', message: t('login.totpFormat') });
    return problems;
  };
  const submit = async () => {
    const address = email.trim();
    await post('/session/email', { email: address, currentPassword, ...(hasSecondFactor ? { totp: code.trim() } : {}) });
    await onChanged(address);
  };
  return (
    <Form label={t('ownEmail.formLabel')} submitLabel={t('ownEmail.submit')} validate={validate} onSubmit={submit} fieldLabels={labels}>
      <TextField name="email" label={labels.email} type="email" autoComplete="email" required value={email} onChange={setEmail} />
      <TextField name="currentPassword" label={labels.currentPassword} type="password" autoComplete="current-password" required
        value={currentPassword} onChange={setCurrentPassword} />
      {hasSecondFactor && (
        <TextField name="totp" label={labels.totp} inputMode="numeric" autoComplete="one-time-code" required value={code} onChange={setCode} />
      )}
    </Form>
  );
}
