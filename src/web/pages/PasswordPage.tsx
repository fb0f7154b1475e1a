import { useTranslation } from 'react-i18next';
import { PasswordForm } from '../account/PasswordForm.tsx';
import { PageTitle } from '../components/PageTitle.tsx';

/**
 * The first login with a start password (the first administrator, made on the command line, gets one printed):
 * nothing else opens until it is replaced, and afterwards the app continues.
 */
export function PasswordPage({ onChanged }: { onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <div className="rondom-narrow">
      <PageTitle documentTitle={t('password.requiredTitle')}>{t('password.requiredTitle')}</PageTitle>
      <p className="utrecht-paragraph">{t('password.requiredIntro')}</p>
      <PasswordForm onChanged={onChanged} />
    </div>
  );
}
