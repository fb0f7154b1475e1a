import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../api.ts';
import { TextField } from '../components/Fields.tsx';
import { Form, requireFields } from '../components/Form.tsx';
import { Link } from '../components/Link.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { PublicLayout } from '../components/PublicLayout.tsx';
import { paths } from '../router.ts';

/**
 * "Forgot password": the answer is the same whether or not the address has an account, so the page tells
 * nobody which addresses exist. The mail holds a link to choose a new password (or a new activation link).
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => { if (sentTo) doneRef.current?.focus(); }, [sentTo]);

  const validate = () => [
    ...requireFields(t, [['email', email, t('login.email'), t('login.emailMissing')]]),
    ...(email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()) ? [{ path: 'email', message: t('fieldErrors.email') }] : []),
  ];
  const submit = async () => {
    await post('/account/password-reset', { email: email.trim() });
    setSentTo(email.trim());
  };

  return (
    <PublicLayout>
      <PageTitle documentTitle={t('forgot.title')}>{t('forgot.title')}</PageTitle>
      {sentTo ? (
        <div ref={doneRef} tabIndex={-1} role="status" className="utrecht-alert utrecht-alert--ok rondom-saved">
          <div className="utrecht-alert__content">
            <p className="utrecht-paragraph"><strong>{t('forgot.sent', { email: sentTo })}</strong></p>
            <p className="utrecht-paragraph">{t('forgot.sentHelp')}</p>
          </div>
        </div>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('forgot.intro')}</p>
          <Form label={t('forgot.title')} submitLabel={t('forgot.submit')} validate={validate} onSubmit={submit} fieldLabels={{ email: t('login.email') }}>
            <TextField name="email" label={t('login.email')} description={t('forgot.emailHelp')} type="email" autoComplete="username" required value={email} onChange={setEmail} />
          </Form>
          <p className="utrecht-paragraph rondom-muted">{t('forgot.sso')}</p>
        </>
      )}
      <p className="utrecht-paragraph rondom-after-form"><Link href={paths.login}>{t('forgot.back')}</Link></p>
    </PublicLayout>
  );
}
