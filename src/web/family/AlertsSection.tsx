import { useTranslation } from 'react-i18next';
import type { AlertView } from '../../api/contract.ts';
import { Disclosure } from '../components/Disclosure.tsx';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { Section } from '../components/Section.tsx';
import { useResource } from '../components/useResource.ts';
import { formatDate } from '../format.ts';
import { AcknowledgeForm } from '../signals/AcknowledgeForm.tsx';
import { AlertNoteForm } from '../signals/AlertNoteForm.tsx';
import { AlertSummary } from '../signals/AlertCard.tsx';
import type { DataList } from '../types.ts';
import type { FamilySectionProps } from './props.ts';

/** The notes colleagues added to an alert, oldest first. */
function AlertNotes({ alert }: { alert: AlertView }) {
  const { t, i18n } = useTranslation();
  if (alert.notes.length === 0) return null;
  return (
    <div className="rondom-alert__notes">
      <h4 id={`notes-${alert.id}`} className="utrecht-heading-4">{t('alerts.notes')}</h4>
      <ul className="utrecht-unordered-list" aria-labelledby={`notes-${alert.id}`}>
        {alert.notes.map((n) => (
          <li key={n.id} className="utrecht-unordered-list__item">
            {t('alerts.noteBy', { name: n.by, date: formatDate(n.at, i18n.language) })} <span className="rondom-pre">{n.note}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

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
              {alert.can.acknowledge && (
                <Disclosure label={t('alerts.acknowledge')}>
                  {(close) => <AcknowledgeForm alertId={alert.id} label={t('alerts.acknowledgeLabel', { number: index + 1, rule: t(`alerts.rules.${alert.rule}`, { defaultValue: alert.rule }) })} onDone={() => { close(); onChanged(); }} />}
                </Disclosure>
              )}
              {!alert.can.acknowledge && alert.can.addNote && (
                <>
                  <p className="utrecht-paragraph rondom-muted">{t('alerts.regisseurHandles')}</p>
                  <Disclosure label={t('alerts.addNote')}>
                    {(close) => <AlertNoteForm alertId={alert.id} label={t('alerts.addNoteLabel', { number: index + 1, rule: t(`alerts.rules.${alert.rule}`, { defaultValue: alert.rule }) })} onDone={() => { close(); onChanged(); }} />}
                  </Disclosure>
                </>
              )}
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
