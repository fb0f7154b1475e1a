import { useTranslation } from 'react-i18next';
import { Link } from '../components/Link.tsx';
import { PageTitle } from '../components/PageTitle.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle documentTitle={t('notFound.title')}>{t('notFound.title')}</PageTitle>
      <p className="utrecht-paragraph">{t('notFound.text')}</p>
      <p className="utrecht-paragraph"><Link href="/">{t('notFound.home')}</Link></p>
    </>
  );
}
