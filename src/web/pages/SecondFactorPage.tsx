import { useTranslation } from 'react-i18next';
import { SecondFactorSetup } from '../account/SecondFactorSetup.tsx';
import { PageTitle } from '../components/PageTitle.tsx';

/**
 * The administrator requires a second factor that this account has not set up yet: until it is, the app
 * opens nothing else (the server refuses everything else too). Afterwards the app continues.
 */
export function SecondFactorPage({ onDone }: { onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <div className="rondom-narrow">
      <PageTitle documentTitle={t('secondFactor.requiredTitle')}>{t('secondFactor.requiredTitle')}</PageTitle>
      <p className="utrecht-paragraph rondom-lead">{t('secondFactor.requiredIntro')}</p>
      <SecondFactorSetup onDone={onDone} />
    </div>
  );
}
