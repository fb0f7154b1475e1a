import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api.ts';
import { SelectField } from '../components/Fields.tsx';
import { Notice } from '../components/Notice.tsx';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { Section } from '../components/Section.tsx';
import type { Organisation } from '../types.ts';
import { IdentityProviderForm } from './IdentityProviderForm.tsx';
import { IdentityProviderProposalPanel } from './IdentityProviderProposalPanel.tsx';

/**
 * Logging in through an organisation's own identity provider: what to register there (the redirect URI),
 * and per organisation the provider to set, replace or remove.
 */
export function IdentityProviderSection({ organisations, redirectUri, onChanged }: { organisations: Organisation[]; redirectUri: string | undefined; onChanged: () => void }) {
  const { t } = useTranslation();
  const [organisationId, setOrganisationId] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const organisation = organisations.find((o) => o.id === organisationId);

  const optionLabel = (o: Organisation) => {
    if (o.identityProviderProposal) return t('sso.admin.optionProposed', { name: o.name });
    return o.identityProvider ? t('sso.admin.optionConfigured', { name: o.name }) : o.name;
  };
  // Only a proposal: removing withdraws it, and nobody's way of logging in changes.
  const removeKey = (key: string) => (organisation?.identityProvider ? `sso.admin.${key}` : `sso.admin.withdraw.${key}`);
  const choose = (id: string) => { setOrganisationId(id); setNotice(null); setConfirmRemove(false); setProblem(null); };
  const remove = async () => {
    if (!organisation) return;
    try {
      await api('DELETE', `/organisations/${organisation.id}/identity-provider`);
      setConfirmRemove(false);
      setNotice(t(removeKey('removed'), { name: organisation.name }));
      onChanged();
    } catch (error) {
      setProblem(error instanceof ApiError ? error : new ApiError(0, 'INTERNAL', String(error)));
    }
  };

  return (
    <Section id="sso" title={t('sso.admin.title')}>
      <p className="utrecht-paragraph">{t('sso.admin.intro')}</p>
      {redirectUri && (
        <p className="utrecht-paragraph">{t('sso.admin.redirectUri')}: <code className="rondom-code" id="sso-redirect-uri">{redirectUri}</code></p>
      )}
      <p className="utrecht-paragraph">{t('sso.admin.register')}</p>
      <div className="rondom-form">
        <SelectField name="ssoOrganisation" label={t('sso.admin.organisation')} required value={organisationId} onChange={choose}>
          <option value="">{t('form.choose')}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>{optionLabel(o)}</option>
          ))}
        </SelectField>
      </div>
      {notice && <Notice message={notice} />}
      {organisation && (
        <div className="rondom-disclosure__panel">
          <p className="utrecht-paragraph">
            {organisation.identityProvider
              ? t('sso.admin.current', { name: organisation.name, provider: organisation.identityProvider.displayName })
              : t('sso.admin.none', { name: organisation.name })}
          </p>
          {organisation.identityProviderProposal && (
            <IdentityProviderProposalPanel organisation={organisation} proposal={organisation.identityProviderProposal}
              onConfirmed={() => { setNotice(t('sso.admin.confirmed', { name: organisation.name, provider: organisation.identityProviderProposal?.displayName ?? '' })); onChanged(); }} />
          )}
          <IdentityProviderForm key={`${organisation.id}-${organisation.identityProvider?.issuer ?? ''}-${organisation.identityProviderProposal?.proposedAt ?? ''}`} organisation={organisation}
            onSaved={(displayName) => { setNotice(t('sso.admin.saved', { name: organisation.name, provider: displayName })); onChanged(); }} />
          {problem && <ProblemAlert error={problem} />}
          {(organisation.identityProvider || organisation.identityProviderProposal) && (
            <div className="utrecht-button-group">
              {!confirmRemove ? (
                <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setConfirmRemove(true)}>{t(removeKey('remove'))}</button>
              ) : (
                <div role="group" aria-labelledby="sso-remove-warning">
                  <p id="sso-remove-warning" className="utrecht-paragraph">{t(removeKey('removeWarning'), { name: organisation.name })}</p>
                  <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => void remove()}>{t(removeKey('removeConfirm'))}</button>{' '}
                  <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setConfirmRemove(false)}>{t('sso.admin.cancel')}</button>
                </div>
              )}
            </div>
          )}
        </div>
      )}
    </Section>
  );
}
