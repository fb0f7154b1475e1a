import { useTranslation } from 'react-i18next';
import type { AlertView } from '../../api/contract.ts';
import { formatDate } from '../format.ts';
import { inLanguage, severityBadge } from './vocabulary.ts';

/** One pattern alert: what pattern, how serious, and the explanation that names the events it rests on. */
export function AlertSummary({ alert }: { alert: AlertView }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <h3 className="utrecht-heading-3 rondom-alert__title">
        {t(`alerts.rules.${alert.rule}`, { defaultValue: alert.rule })}{' '}
        <span className={`rondom-badge ${severityBadge[alert.severity] ?? 'rondom-badge--neutral'}`}>{t('severity.label', { severity: t(`severity.${alert.severity}`, { defaultValue: alert.severity }) })}</span>
      </h3>
      <p className="utrecht-paragraph">{inLanguage(alert.explanation, i18n.language)}</p>
      {alert.firstSeenAt && <p className="utrecht-paragraph rondom-muted">{t('alerts.since', { date: formatDate(alert.firstSeenAt, i18n.language) })}</p>}
    </>
  );
}
