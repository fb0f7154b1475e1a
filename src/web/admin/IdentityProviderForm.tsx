import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issuerProblem } from '../../domain/singleSignOn.ts';
import { put } from '../api.ts';
import { TextField } from '../components/Fields.tsx';
import { Form, requireFields } from '../components/Form.tsx';
import type { Organisation } from '../types.ts';

/** Set or replace an organisation's identity provider. The stored secret is never shown; left empty, it is kept. */
export function IdentityProviderForm({ organisation, onSaved }: { organisation: Organisation; onSaved: (displayName: string) => void }) {
  const { t } = useTranslation();
  const current = organisation.identityProvider;
  const [issuer, setIssuer] = useState(current?.issuer ?? '');
  const [clientId, setClientId] = useState(current?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [displayName, setDisplayName] = useState(current?.displayName ?? organisation.name);
  const labels = { issuer: t('sso.admin.issuer'), clientId: t('sso.admin.clientId'), clientSecret: t('sso.admin.clientSecret'), displayName: t('sso.admin.displayName') };
  // The stored secret belongs to one client at one provider.
  const secretRequired = !current || current.issuer !== issuer.trim() || current.clientId !== clientId.trim();

  const validate = () => [
    ...requireFields(t, [['issuer', issuer, labels.issuer], ['clientId', clientId, labels.clientId], ['displayName', displayName, labels.displayName],
      ...(secretRequired ? [['clientSecret', clientSecret, labels.clientSecret] as [string, string, string]] : [])]),
    ...(issuer.trim() && issuerProblem(issuer.trim()) ? [{ path: 'issuer', message: t('fieldErrors.issuer') }] : []),
  ];
  const submit = async () => {
    await put(`/organisations/${organisation.id}/identity-provider`, {
      issuer: issuer.trim(), clientId: clientId.trim(), displayName: displayName.trim(), ...(clientSecret ? { clientSecret } : {}),
    });
    onSaved(displayName.trim());
  };
  return (
    <Form label={t('sso.admin.formLabel', { name: organisation.name })} submitLabel={t('sso.admin.submit')} validate={validate} onSubmit={submit} fieldLabels={labels}>
      <TextField name="issuer" label={labels.issuer} description={t('sso.admin.issuerHelp')} required type="url" autoComplete="off" value={issuer} onChange={setIssuer} />
      <TextField name="clientId" label={labels.clientId} required autoComplete="off" value={clientId} onChange={setClientId} />
      <TextField name="clientSecret" label={labels.clientSecret} required={secretRequired} type="password" autoComplete="new-password"
        description={secretRequired ? t('sso.admin.clientSecretHelp') : t('sso.admin.clientSecretKeep')} value={clientSecret} onChange={setClientSecret} />
      <TextField name="displayName" label={labels.displayName} description={t('sso.admin.displayNameHelp')} required autoComplete="off" value={displayName} onChange={setDisplayName} />
    </Form>
  );
}
