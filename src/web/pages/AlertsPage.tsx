import { useTranslation } from 'react-i18next';
import type { AlertView } from '../../api/contract.ts';
import { Link } from '../components/Link.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Loading, ProblemAlert } from '../components/ProblemAlert.tsx';
import { useResource } from '../components/useResource.ts';
import { formatDate } from '../format.ts';
import { paths } from '../router.ts';
import { AlertActions, AlertNotes } from '../signals/AlertActions.tsx';
import { inLanguage, severityBadge } from '../signals/vocabulary.ts';
import { groupAlerts } from '../signals/groupAlerts.ts';
import type { DataList } from '../types.ts';

/** "Patronen": the open pattern alerts of every family I am involved in, handled right here by whoever may. */
export function AlertsPage() {
  const { t, i18n } = useTranslation();
  const { data, error, reload } = useResource<DataList<AlertView>>('/alerts');
  const alerts = data?.data ?? [];
  const families = groupAlerts(alerts);
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
                {family.groups.map((group) => (
                  <li key={`${group.rule}-${group.severity}`} className={`rondom-alert rondom-alert--${group.severity}`}>
                    <h3 className="utrecht-heading-3 rondom-alert__title">
                      {t(`alerts.rules.${group.rule}`, { defaultValue: group.rule })}
                      {group.alerts.length > 1 && ` (${t('inbox.times', { count: group.alerts.length })})`}{' '}
                      <span className={`rondom-badge ${severityBadge[group.severity] ?? 'rondom-badge--neutral'}`}>
                        {t('severity.label', { severity: t(`severity.${group.severity}`, { defaultValue: group.severity }) })}
                      </span>
                    </h3>
                    <ol className="rondom-plain-list">
                      {group.alerts.map((alert, index) => (
                        <li key={alert.id} className="rondom-alert__item">
                          <p className="utrecht-paragraph">{inLanguage(alert.explanation, i18n.language)}</p>
                          {alert.firstSeenAt && <p className="utrecht-paragraph rondom-muted">{t('alerts.since', { date: formatDate(alert.firstSeenAt, i18n.language) })}</p>}
                          <AlertNotes alert={alert} />
                          <AlertActions alert={alert} number={index + 1} onChanged={reload} />
                        </li>
                      ))}
                    </ol>
                  </li>
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
