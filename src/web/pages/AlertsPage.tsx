import { useTranslation } from 'react-i18next';
import type { AlertView } from '../../api/contract.ts';
import { Link } from '../components/Link.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Loading, ProblemAlert } from '../components/ProblemAlert.tsx';
import { useResource } from '../components/useResource.ts';
import { paths } from '../router.ts';
import { AlertSummary } from '../signals/AlertCard.tsx';
import type { DataList } from '../types.ts';

/** "Signalen": the open pattern alerts of every family I am involved in, grouped by family. */
export function AlertsPage() {
  const { t } = useTranslation();
  const { data, error } = useResource<DataList<AlertView>>('/alerts');
  const alerts = data?.data ?? [];
  const families = [...new Set(alerts.map((alert) => alert.householdId))].map((id) => ({
    id, name: alerts.find((alert) => alert.householdId === id)?.householdName ?? '', alerts: alerts.filter((alert) => alert.householdId === id),
  }));
  return (
    <>
      <PageTitle documentTitle={t('inbox.title')}>{t('inbox.title')}</PageTitle>
      <p className="utrecht-paragraph rondom-lead">{t('inbox.intro')}</p>
      {error && <ProblemAlert error={error} />}
      {!data && !error ? <Loading /> : data && (
        <>
          <p className="utrecht-paragraph" role="status">
            {alerts.length === 0 ? t('inbox.none') : t('inbox.count', { count: alerts.length, families: families.length })}
          </p>
          {families.map((family) => (
            <section key={family.id} aria-labelledby={`inbox-${family.id}`} className="rondom-section">
              <h2 id={`inbox-${family.id}`} className="utrecht-heading-2"><Link href={paths.family(family.id)}>{family.name}</Link></h2>
              <ul className="rondom-alerts">
                {family.alerts.map((alert) => (
                  <li key={alert.id} className={`rondom-alert rondom-alert--${alert.severity}`}><AlertSummary alert={alert} /></li>
                ))}
              </ul>
              <p className="utrecht-paragraph"><Link href={paths.family(family.id)}>{t('inbox.handle', { name: family.name })}</Link></p>
            </section>
          ))}
        </>
      )}
    </>
  );
}
