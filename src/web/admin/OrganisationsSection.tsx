import { useTranslation } from 'react-i18next';
import { Disclosure } from '../components/Disclosure.tsx';
import { Section } from '../components/Section.tsx';
import type { Organisation } from '../types.ts';
import { OrganisationForm } from './OrganisationForm.tsx';

export function OrganisationsSection({ organisations, onChanged }: { organisations: Organisation[]; onChanged: () => void }) {
  const { t } = useTranslation();
  return (
    <Section id="organisations" title={t('admin.organisations')}>
      <Disclosure label={t('admin.newOrganisation')}>
        {(close) => <OrganisationForm onCreated={() => { close(); onChanged(); }} />}
      </Disclosure>
      <div className="utrecht-table-container rondom-table-wrap">
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">{t('admin.organisationsCaption', { count: organisations.length })}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {(['name', 'kind', 'municipality', 'offers', 'teams', 'login'] as const).map((c) => <th key={c} scope="col" className="utrecht-table__header-cell">{t(`admin.orgColumns.${c}`)}</th>)}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {organisations.map((o) => (
              <tr key={o.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">{o.name}</th>
                <td className="utrecht-table__cell">{t(`organisationKind.${o.kind}`, { defaultValue: o.kind })}</td>
                <td className="utrecht-table__cell">{o.municipality}</td>
                <td className="utrecht-table__cell">{o.offers.join(', ')}</td>
                <td className="utrecht-table__cell">{o.teams.filter((team) => team.active).map((team) => team.name).join(', ')}</td>
                <td className="utrecht-table__cell">{o.identityProvider ? t('sso.admin.via', { provider: o.identityProvider.displayName }) : t('sso.admin.password')}{o.identityProviderProposal ? ` (${t('sso.admin.proposedShort', { provider: o.identityProviderProposal.displayName })})` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
