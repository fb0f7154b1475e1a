import { useTranslation } from 'react-i18next';
import { Disclosure } from '../components/Disclosure.tsx';
import { Section } from '../components/Section.tsx';
import { formatDate } from '../format.ts';
import { InvolvementForm } from './InvolvementForm.tsx';
import { activeInvolvements, type FamilySectionProps } from './props.ts';

/** Everybody involved, with why, in which domain, since when and how to reach them. */
export function InvolvedSection({ family, can, onChanged }: FamilySectionProps) {
  const { t, i18n } = useTranslation();
  const active = activeInvolvements(family);
  const ended = family.involvements.filter((i) => i.until !== null);
  return (
    <Section id="involved" title={t('family.sections.involved')}>
      {active.length === 0 ? <p className="utrecht-paragraph">{t('involved.none')}</p> : (
        <div className="utrecht-table-container rondom-table-wrap">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption rondom-visually-hidden">{t('involved.caption', { name: family.name })}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {(['name', 'organisation', 'reason', 'domain', 'since', 'contact'] as const).map((column) => (
                  <th key={column} scope="col" className="utrecht-table__header-cell">{t(`involved.columns.${column}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {active.map((i) => (
                <tr key={i.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">{i.name}</th>
                  <td className="utrecht-table__cell">{i.organisationName}<br /><span className="rondom-muted">{t(`organisationKind.${i.organisationKind}`, { defaultValue: i.organisationKind })}</span></td>
                  <td className="utrecht-table__cell">{i.reason}</td>
                  <td className="utrecht-table__cell">{t(`domain.${i.domain}`, { defaultValue: i.domain })}</td>
                  <td className="utrecht-table__cell">{formatDate(i.since, i18n.language)}</td>
                  <td className="utrecht-table__cell">
                    <a className="utrecht-link" href={`mailto:${i.email}`}>{i.email}</a>
                    {i.phone && <><br /><a className="utrecht-link" href={`tel:${i.phone}`}>{i.phone}</a></>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {ended.length > 0 && (
        <p className="utrecht-paragraph rondom-muted">
          {t('involved.ended')}: {ended.map((i) => `${i.name} (${i.organisationName}, ${t('involved.until', { date: formatDate(i.until, i18n.language) })})`).join('; ')}
        </p>
      )}
      {can.addInvolvement && (
        <Disclosure label={t('involved.add')}>
          {(close) => <InvolvementForm family={family} onAdded={() => { close(); onChanged(); }} />}
        </Disclosure>
      )}
    </Section>
  );
}
