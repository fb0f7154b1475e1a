import { useTranslation } from 'react-i18next';
import type { HouseholdListItem } from '../../api/contract.ts';
import { Link } from '../components/Link.tsx';
import { ageText, formatList } from '../format.ts';
import { paths } from '../router.ts';
import { severityBadge } from '../signals/vocabulary.ts';

/** The compact view: one row per family, for whoever has many — the same order as the cards. */
export function FamilyTable({ families }: { families: HouseholdListItem[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="rondom-table-scroll">
      <table className="utrecht-table rondom-family-table">
        <caption className="utrecht-table__caption rondom-visually-hidden">{t('families.tableCaption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('families.columns.family')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('families.children')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('families.regisseur')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('families.columns.attention')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('families.filters.level')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {families.map((family) => (
            <tr key={family.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                <Link href={paths.family(family.id)}>{family.name}</Link>
                <span className="rondom-muted rondom-block">{[family.street, family.municipality].filter(Boolean).join(', ')}</span>
              </th>
              <td className="utrecht-table__cell">
                {family.children.length === 0 ? t('families.noChildren') : formatList(family.children.map((child) => t('families.childAge', { name: child.firstName, age: ageText(t, child) })), i18n.language)}
              </td>
              <td className="utrecht-table__cell">
                {family.regisseur ? family.regisseur.name : <span className="rondom-badge rondom-badge--danger">{t('families.noRegisseur')}</span>}
              </td>
              <td className="utrecht-table__cell">
                {family.patternAlerts.map((alert) => (
                  <span key={alert.id} className={`rondom-badge ${severityBadge[alert.severity] ?? 'rondom-badge--warning'} rondom-badge--spaced`}>
                    {t(`alerts.rules.${alert.rule}`, { defaultValue: alert.rule })}
                  </span>
                ))}
                {family.alerts.filter((alert) => alert.number !== 4).length > 0 && (
                  <span className="rondom-badge rondom-badge--warning rondom-badge--spaced">
                    {t('families.openQuestions', { count: family.alerts.filter((alert) => alert.number !== 4).length })}
                  </span>
                )}
              </td>
              <td className="utrecht-table__cell">{t(`escalation.${family.escalationLevel}`, { defaultValue: family.escalationLevel })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
