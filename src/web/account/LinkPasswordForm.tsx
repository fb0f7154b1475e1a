import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post, type FieldError } from '../api.ts';
import { TextField } from '../components/Fields.tsx';
import { Form, requireFields } from '../components/Form.tsx';
import { minimumPasswordLength } from './PasswordForm.tsx';

const sixDigits = /^\d{6}$/;

/**
 * The owner's own choice at the end of an activation or password link: the password twice and, where the
 * account has (or is getting) a second factor, the code from the app. The browser checks first.
 */
export function LinkPasswordForm({ token, email, askCode, submitLabel, onDone }: {
  token: string; email: string; askCode: 'setup' | 'existing' | null; submitLabel: string; onDone: () => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [code, setCode] = useState('');
  const labels = { password: t('password.new'), repeatPassword: t('password.repeat'), totp: t('link.code') };

  const validate = (): FieldError[] => {
    const problems = requireFields(t, [['password', password, labels.password]]);
    if (password !== '' && password.length < minimumPasswordLength) problems.push({ path: 'password', message: t('password.tooShort', { count: minimumPasswordLength }) });
    if (password !== '' && repeat !== password) problems.push({ path: 'repeatPassword', message: t('password.mismatch') });
    if (askCode && !sixDigits.test(code.trim())) problems.push({ path: 'totp', message: t('login.totpFormat') });
    return problems;
  };
  const submit = async () => {
    await post('/account/token/complete', { token, password, ...(askCode ? { totp: code.trim() } : {}) });
    onDone();
  };

  return (
    <Form label={t('link.formLabel')} submitLabel={submitLabel} validate={validate} onSubmit={submit} fieldLabels={labels}>
      {/* For password managers: the account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField name="password" label={labels.password} description={t('link.passwordHelp', { count: minimumPasswordLength })} type="password"
        autoComplete="new-password" required value={password} onChange={setPassword} />
      <TextField name="repeatPassword" label={labels.repeatPassword} type="password" autoComplete="new-password" required value={repeat} onChange={setRepeat} />
      {askCode && (
        <TextField name="totp" label={labels.totp} description={askCode === 'setup' ? t('link.codeSetupHelp') : t('link.codeHelp')}
          inputMode="numeric" autoComplete="one-time-code" required value={code} onChange={setCode} />
      )}
    </Form>
  );
}
