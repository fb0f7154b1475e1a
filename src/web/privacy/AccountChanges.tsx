import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert, Loading } from '../components/ProblemAlert.tsx';
import { Section } from '../components/Section.tsx';
import { useResource } from '../components/useResource.ts';
import { formatDateTime } from '../format.ts';
import type { AccountChangeView, DataList, OrganisationList } from '../types.ts';
import { changeLines, namesFrom } from './accountChangeText.ts';

const columns = ['when', 'who', 'what', 'account', 'changes'] as const;

/**
 * For the privacy officer: who created, changed, deactivated or activated which account. A change that gives
 * an account more to see (a case role, team lead, a place in a team) is marked, in colour and in words.
 */
export const AccountChanges = memo(function AccountChanges() {
  const { t, i18n } = useTranslation();
  const events = useResource<DataList<AccountChangeView>>('/audit/account-changes');
  const organisations = useResource<OrganisationList>('/organisations');
  const names = namesFrom(organisations.data?.data ?? []);
  const list = events.data?.data ?? [];
  return (
    <Section id="account-changes" title={t('accountChanges.title')}>
      <p className="utrecht-paragraph">{t('accountChanges.intro')}</p>
      {events.error && <ProblemAlert error={events.error} />}
      {events.loading && !events.data && <Loading />}
      {events.data && list.length === 0 && <p className="utrecht-paragraph">{t('accountChanges.empty')}</p>}
      {list.length > 0 && (
        // The table may scroll sideways; its area is reachable by keyboard (WCAG 2.1.1).
        <div className="utrecht-table-container rondom-table-wrap" tabIndex={0} role="group" aria-labelledby="account-changes-title">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption rondom-visually-hidden">{t('accountChanges.title')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {columns.map((c) => <th key={c} scope="col" className="utrecht-table__header-cell">{t(`accountChanges.columns.${c}`)}</th>)}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {list.map((event) => {
                // The owner activating their own account is both who acted and which account.
                const account = event.subject ?? (event.action === 'user.activate' && event.actor ? { ...event.actor, email: '' } : null);
                const lines = changeLines(t, event, names);
                return (
                  <tr key={event.seq} className={`utrecht-table__row ${event.widensAccess ? 'rondom-row--widens' : ''}`}>
                    <td className="utrecht-table__cell rondom-nowrap">{formatDateTime(event.occurredAt, i18n.language)}</td>
                    <td className="utrecht-table__cell">{event.actor?.name || t('accountChanges.system')}</td>
                    <td className="utrecht-table__cell">
                      {t(`auditAction.${event.action}`, { defaultValue: event.action })}
                      {event.widensAccess && <><br /><span className="rondom-badge rondom-badge--warning">{t('accountChanges.widens')}</span></>}
                    </td>
                    <td className="utrecht-table__cell">
                      {account?.name ?? ''}{account?.email && <><br /><span className="rondom-muted">{account.email}</span></>}
                    </td>
                    <td className="utrecht-table__cell">
                      {lines.length > 0 && <ul className="utrecht-unordered-list rondom-change-list">{lines.map((line) => <li key={line} className="utrecht-unordered-list__item">{line}</li>)}</ul>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
});
