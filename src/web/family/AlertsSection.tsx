import { useTranslation } from 'react-i18next';
import type { AlertView } from '../../api/contract.ts';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { Section } from '../components/Section.tsx';
import { useResource } from '../components/useResource.ts';
import { formatDate } from '../format.ts';
import { AlertActions, AlertNotes } from '../signals/AlertActions.tsx';
import { AlertSummary } from '../signals/AlertCard.tsx';
import type { DataList } from '../types.ts';
import type { FamilySectionProps } from './props.ts';

/**
 * The patterns found in this family's timeline, each explained; open ones first, handled ones folded away. The
 * regisseur (without one, anyone involved) handles an alert; the others add a note, which stays with it.
 */
export function AlertsSection({ family, onChanged, version }: FamilySectionProps & { version: number }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useResource<DataList<AlertView>>(`/households/${family.id}/alerts?includeAcknowledged=true`, version);
  const alerts = data?.data ?? [];
  const open = alerts.filter((alert) => !alert.acknowledged);
  const handled = alerts.filter((alert) => alert.acknowledged);
  return (
    <Section id="alerts" title={t('family.sections.alerts')}>
      {error && <ProblemAlert error={error} />}
      {data && (open.length === 0
        ? <p className="utrecht-paragraph">{t('alerts.noneOpen')}</p>
        : <p className="utrecht-paragraph">{t('alerts.openCount', { count: open.length })}</p>)}
      {open.length > 0 && (
        <ul className="rondom-alerts">
          {open.map((alert, index) => (
            <li key={alert.id} className={`rondom-alert rondom-alert--${alert.severity}`}>
              <AlertSummary alert={alert} />
              <p className="utrecht-paragraph"><a className="utrecht-link" href="#timeline">{t('alerts.toTimeline')}</a></p>
              <AlertNotes alert={alert} />
              <AlertActions alert={alert} number={index + 1} onChanged={onChanged} />
            </li>
          ))}
        </ul>
      )}
      {handled.length > 0 && (
        <details className="rondom-details">
          <summary>{t('alerts.handled', { count: handled.length })}</summary>
          <ul className="rondom-alerts">
            {handled.map((alert) => (
              <li key={alert.id} className="rondom-alert rondom-alert--handled">
                <AlertSummary alert={alert} />
                {alert.acknowledged && (
                  <p className="utrecht-paragraph">
                    {t('alerts.handledBy', { name: alert.acknowledged.by, date: formatDate(alert.acknowledged.at, i18n.language) })}{' '}
                    <span className="rondom-pre">{alert.acknowledged.note}</span>
                  </p>
                )}
                <AlertNotes alert={alert} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </Section>
  );
}
