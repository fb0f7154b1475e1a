import { useTranslation } from 'react-i18next';
import type { SsoOrganisationView } from '../../api/contract.ts';
import { useResource } from '../components/useResource.ts';

/**
 * "Log in through your organisation": one link per organisation with an identity provider. Links, not
 * form buttons: the start route redirects to another site, which a form submission's CSP (form-action
 * 'self') would block; a link is also what it is, a way to another page.
 */
export function ProviderLogins() {
  const { t } = useTranslation();
  const organisations = useResource<{ data: SsoOrganisationView[] }>('/session/sso/organisations');
  const list = organisations.data?.data ?? [];
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="sso-title" className="rondom-sso">
      <h2 id="sso-title" className="utrecht-heading-2">{t('sso.title')}</h2>
      <p className="utrecht-paragraph">{t('sso.intro')}</p>
      <ul className="rondom-sso__list">
        {list.map((o) => (
          <li key={o.organisationId}>
            <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
              href={`/api/v1/session/sso/start?organisation=${encodeURIComponent(o.organisationId)}`}>
              {t('sso.button', { name: o.displayName })}
            </a>
          </li>
        ))}
      </ul>
      <h2 className="utrecht-heading-2">{t('sso.orPassword')}</h2>
    </section>
  );
}
