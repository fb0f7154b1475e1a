import { useTranslation } from 'react-i18next';
import type { AuditRequestView } from '../../api/contract.ts';
import { formatDateTime } from '../format.ts';

const columns = ['when', 'who', 'organisation', 'role', 'action', 'purpose', 'from'] as const;

interface Props {
  rows: AuditRequestView[];
  more: boolean;
  loadingMore: boolean;
  onMore: () => void;
  onOnlyActor: (email: string) => void;
  csvHref: string;
}

/**
 * One row per request: who, and everything that request did (a page view reads the family, its timeline and its
 * alerts: one row, each look named). Nothing is cut off: cells wrap, and on a narrow screen each row becomes a
 * block of labelled lines (styles.css, `rondom-reflow`).
 */
export function AuditTable({ rows, more, loadingMore, onMore, onOnlyActor, csvHref }: Props) {
  const { t, i18n } = useTranslation();
  const label = (column: typeof columns[number]) => t(`privacy.columns.${column}`);
  return (
    <section aria-labelledby="audit-results" className="rondom-section">
      <h2 id="audit-results" className="utrecht-heading-2">{t('privacy.results')}</h2>
      <p className="utrecht-paragraph" role="status">{t('privacy.count', { count: rows.length })}{more ? ` ${t('privacy.moreExist')}` : ''}</p>
      <p className="utrecht-paragraph rondom-muted">{t('privacy.rowExplained')}</p>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={csvHref} download>{t('privacy.csv')}</a> <span className="rondom-muted">{t('privacy.csvHelp')}</span>
      </p>
      {rows.length > 0 && (
        <div className="utrecht-table-container rondom-table-wrap" tabIndex={0} role="group" aria-labelledby="audit-results">
          <table className="utrecht-table utrecht-table--html-table rondom-reflow">
            <caption className="utrecht-table__caption rondom-visually-hidden">{t('privacy.results')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {columns.map((c) => <th key={c} scope="col" className="utrecht-table__header-cell">{label(c)}</th>)}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {rows.map((row) => (
                <tr key={row.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell" data-label={label('when')}>
                    {formatDateTime(row.firstAt, i18n.language)}
                    {row.events.length > 1 && <><br /><span className="rondom-muted">{t('privacy.eventCount', { count: row.events.length })}</span></>}
                  </td>
                  <td className="utrecht-table__cell" data-label={label('who')}>
                    {row.userName ?? t('privacy.unknownUser')}
                    {row.userEmail && <><br /><span className="rondom-muted rondom-break">{row.userEmail}</span><br />
                      <button type="button" className="utrecht-button utrecht-button--subtle rondom-inline-button" onClick={() => onOnlyActor(row.userEmail!)}>
                        {t('privacy.onlyActor')}<span className="rondom-visually-hidden"> ({row.userName})</span>
                      </button></>}
                  </td>
                  <td className="utrecht-table__cell" data-label={label('organisation')}>{row.organisationName ?? ''}</td>
                  <td className="utrecht-table__cell" data-label={label('role')}>{row.roles.map((r) => t(`role.${r}`, { defaultValue: r })).join(', ')}</td>
                  <td className="utrecht-table__cell" data-label={label('action')}>
                    <ul className="rondom-plain-list">
                      {row.events.map((e) => (
                        <li key={e.seq}>
                          {t(`auditAction.${e.action}`, { defaultValue: e.action })}{' '}
                          <abbr title={t(`actionCode.${e.actionCode}`, { defaultValue: e.actionCode })}>({e.actionCode})</abbr>
                          {e.outcome !== 'success' && <> <span className="rondom-badge rondom-badge--danger">{t(`outcome.${e.outcome}`, { defaultValue: e.outcome })}</span></>}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="utrecht-table__cell" data-label={label('purpose')}>
                    {[...new Set(row.events.map((e) => t(`purpose.${e.purpose.replaceAll(' ', '_')}`, { defaultValue: e.purpose })))].join(', ')}
                  </td>
                  <td className="utrecht-table__cell rondom-break" data-label={label('from')}>{row.ips.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more && (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" aria-disabled={loadingMore} disabled={loadingMore} onClick={onMore}>
          {loadingMore ? t('privacy.loadingMore') : t('privacy.more')}
        </button>
      )}
    </section>
  );
}
