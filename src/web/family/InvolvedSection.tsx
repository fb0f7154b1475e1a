import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure } from '../components/Disclosure.tsx';
import { Notice } from '../components/Notice.tsx';
import { Section } from '../components/Section.tsx';
import { formatDate } from '../format.ts';
import { navigate, paths } from '../router.ts';
import { EndInvolvementForm } from './EndInvolvementForm.tsx';
import { InvolvementForm } from './InvolvementForm.tsx';
import { activeInvolvements, canEndInvolvement, endedInvolvements, type FamilySectionProps } from './props.ts';

/** Everybody involved, with why, in which domain, since when and how to reach them; below, who was involved before. */
export function InvolvedSection({ family, can, onChanged }: FamilySectionProps) {
  const { t, i18n } = useTranslation();
  const [ended, setEnded] = useState<string | null>(null);
  const active = activeInvolvements(family);
  const history = endedInvolvements(family);
  const mayEnd = active.some((i) => canEndInvolvement(can, i.id));
  const columns = ['name', 'organisation', 'reason', 'domain', 'since', 'contact', ...(mayEnd ? ['actions'] : [])];
  return (
    <Section id="involved" title={t('family.sections.involved')}>
      {ended && <Notice message={t('ending.involvementDone', { name: ended })} />}
      {active.length === 0 ? <p className="utrecht-paragraph">{t('involved.none')}</p> : (
        <div className="utrecht-table-container rondom-table-wrap">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption rondom-visually-hidden">{t('involved.caption', { name: family.name })}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {columns.map((column) => (
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
                  {mayEnd && (
                    <td className="utrecht-table__cell">
                      {canEndInvolvement(can, i.id) && <Disclosure label={t('ending.involvement')}>
                        {(close) => (
                          <EndInvolvementForm householdId={family.id} involvement={i} onEnded={(self) => {
                            close();
                            // Whoever ends their own involvement no longer sees this family.
                            if (self) navigate(paths.families);
                            else { setEnded(i.name); onChanged(); }
                          }} />
                        )}
                      </Disclosure>}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {history.length > 0 && (
        <div className="rondom-history">
          <h3 id="involved-history" className="utrecht-heading-4">{t('involved.ended')}</h3>
          <ul className="utrecht-unordered-list" aria-labelledby="involved-history">
            {history.map((i) => (
              <li key={i.id} className="utrecht-unordered-list__item">
                {i.name} <span>({i.organisationName}, {t(`domain.${i.domain}`, { defaultValue: i.domain })})</span>
                {' — '}{t('addresses.period', { from: formatDate(i.since, i18n.language), until: formatDate(i.until, i18n.language) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {can.addInvolvement && (
        <Disclosure label={t('involved.add')}>
          {(close) => <InvolvementForm family={family} onAdded={() => { close(); setEnded(null); onChanged(); }} />}
        </Disclosure>
      )}
    </Section>
  );
}
