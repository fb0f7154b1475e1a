import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionResponse } from '../../api/contract.ts';
import { ApiError, post } from '../api.ts';
import { TextField } from '../components/Fields.tsx';
import { Form, requireFields } from '../components/Form.tsx';
import { Link } from '../components/Link.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { PublicLayout } from '../components/PublicLayout.tsx';
import { ProviderLoginProblem } from '../sso/ProviderLoginProblem.tsx';
import { ProviderLogins } from '../sso/ProviderLogins.tsx';
import { paths } from '../router.ts';

/** Where to log in when the server refuses plain http (INSECURE_CONNECTION): this page over https. */
const secureAddress = () => `https://${window.location.hostname}${window.location.pathname}`;

/** Email and password; when the account has a second factor, the 6-digit code from the authenticator app. */
export function LoginPage({ onSignedIn }: { onSignedIn: (response: SessionResponse) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [askTotp, setAskTotp] = useState(false);

  useEffect(() => {
    if (askTotp) document.querySelector<HTMLInputElement>('input[name="totp"]')?.focus();
  }, [askTotp]);

  const validate = () => [
    ...requireFields(t, [['email', email, t('login.email'), t('login.emailMissing')], ['password', password, t('login.password'), t('login.passwordMissing')]]),
    ...(askTotp && !/^\d{6}$/.test(totp.trim()) ? [{ path: 'totp', message: t('login.totpFormat') }] : []),
  ];

  const submit = async () => {
    try {
      const response = await post<SessionResponse>('/session', { email: email.trim(), password, ...(askTotp ? { totp: totp.trim() } : {}) });
      onSignedIn(response);
    } catch (error) {
      // The first TOTP_REQUIRED only means "now the code, please"; it is not a mistake.
      if (error instanceof ApiError && error.code === 'TOTP_REQUIRED' && !askTotp) { setAskTotp(true); return; }
      if (error instanceof ApiError && error.code === 'TOTP_REQUIRED') throw new ApiError(error.status, 'TOTP_NOT_SET_UP', error.detail);
      throw error;
    }
  };

  return (
    <PublicLayout>
      <PageTitle documentTitle={t('login.title')}>{t('login.title')}</PageTitle>
      <ProviderLoginProblem />
      <p className="utrecht-paragraph">{t('login.intro')}</p>
      <ProviderLogins />
      <Form label={t('login.title')} submitLabel={askTotp ? t('login.confirmCode') : t('login.submit')} validate={validate} onSubmit={submit}
        problemParams={{ httpsUrl: secureAddress() }} fieldLabels={{ email: t('login.email'), password: t('login.password'), totp: t('login.totp') }}>
        <TextField name="email" label={t('login.email')} type="email" autoComplete="username" required value={email} onChange={setEmail} />
        <TextField name="password" label={t('login.password')} type="password" autoComplete="current-password" required value={password} onChange={setPassword} />
        {askTotp && (
          <>
            <div className="utrecht-alert utrecht-alert--info" role="status">
              <p className="utrecht-paragraph">{t('login.totpNeeded')}</p>
            </div>
            <TextField name="totp" label={t('login.totp')} description={t('login.totpHelp')} inputMode="numeric" autoComplete="one-time-code"
              required value={totp} onChange={setTotp} />
          </>
        )}
      </Form>
      <p className="utrecht-paragraph rondom-after-form"><Link href={paths.forgotPassword}>{t('login.forgotPassword')}</Link></p>
    </PublicLayout>
  );
}
