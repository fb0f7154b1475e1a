import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format.ts';
import type { AuditEventView } from '../types.ts';

const columns = ['when', 'who', 'organisation', 'role', 'action', 'code', 'purpose', 'outcome', 'from'] as const;

export function AuditTable({ events }: { events: AuditEventView[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="audit-results" className="rondom-section">
      <h2 id="audit-results" className="utrecht-heading-2">{t('privacy.results')}</h2>
      <p className="utrecht-paragraph" role="status">{t('privacy.count', { count: events.length })}</p>
      {events.length > 0 && (
        <div className="utrecht-table-container rondom-table-wrap">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption rondom-visually-hidden">{t('privacy.results')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {columns.map((c) => <th key={c} scope="col" className="utrecht-table__header-cell">{t(`privacy.columns.${c}`)}</th>)}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {events.map((e) => (
                <tr key={String(e.seq)} className="utrecht-table__row">
                  <td className="utrecht-table__cell rondom-nowrap">{formatDateTime(e.occurredAt, i18n.language)}</td>
                  <td className="utrecht-table__cell">{e.userName ?? t('privacy.unknownUser')}{e.userEmail && <><br /><span className="rondom-muted">{e.userEmail}</span></>}</td>
                  <td className="utrecht-table__cell">{e.organisationName ?? ''}</td>
                  <td className="utrecht-table__cell">{e.roles.map((r) => t(`role.${r}`, { defaultValue: r })).join(', ')}</td>
                  <td className="utrecht-table__cell">{t(`auditAction.${e.action}`, { defaultValue: e.action })}</td>
                  <td className="utrecht-table__cell"><abbr title={t(`actionCode.${e.actionCode}`, { defaultValue: e.actionCode })}>{e.actionCode}</abbr></td>
                  <td className="utrecht-table__cell">{t(`purpose.${e.purpose.replaceAll(' ', '_')}`, { defaultValue: e.purpose })}</td>
                  <td className="utrecht-table__cell">{t(`outcome.${e.outcome}`, { defaultValue: e.outcome })}</td>
                  <td className="utrecht-table__cell">{e.ip ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
