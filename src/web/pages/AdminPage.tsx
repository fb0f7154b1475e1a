import { useTranslation } from 'react-i18next';
import { IdentityProviderSection } from '../admin/IdentityProviderSection.tsx';
import { OrganisationsSection } from '../admin/OrganisationsSection.tsx';
import { TeamsSection } from '../admin/TeamsSection.tsx';
import { UsersSection } from '../admin/UsersSection.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { useResource } from '../components/useResource.ts';
import { ApiError } from '../api.ts';
import { hasRole, useSessionUser } from '../session.ts';
import type { OrganisationList } from '../types.ts';

/** Functional administration: organisations (the social map) and accounts. No case content here. */
export function AdminPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const organisations = useResource<OrganisationList>(hasRole(user, 'administrator') ? '/organisations' : null);
  return (
    <>
      <PageTitle documentTitle={t('admin.title')}>{t('admin.title')}</PageTitle>
      {!hasRole(user, 'administrator') ? <ProblemAlert error={new ApiError(403, 'FORBIDDEN', '')} /> : (
        <>
          <p className="utrecht-paragraph rondom-lead">{t('admin.intro')}</p>
          <nav aria-label={t('family.onThisPage')} className="rondom-toc">
            <ul>
              <li><a className="utrecht-link" href="#organisations">{t('admin.organisations')}</a></li>
              <li><a className="utrecht-link" href="#users">{t('admin.users')}</a></li>
              <li><a className="utrecht-link" href="#sso">{t('sso.admin.title')}</a></li>
            </ul>
          </nav>
          {organisations.error && <ProblemAlert error={organisations.error} />}
          <OrganisationsSection organisations={organisations.data?.data ?? []} onChanged={organisations.reload} />
          <TeamsSection organisations={organisations.data?.data ?? []} onChanged={organisations.reload} />
          <UsersSection organisations={organisations.data?.data ?? []} />
          <IdentityProviderSection organisations={organisations.data?.data ?? []} redirectUri={organisations.data?.ssoRedirectUri} onChanged={organisations.reload} />
        </>
      )}
    </>
  );
}
