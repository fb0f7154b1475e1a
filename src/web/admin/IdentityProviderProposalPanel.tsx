import { useTranslation } from 'react-i18next';
import { post } from '../api.ts';
import { Form } from '../components/Form.tsx';
import { formatMoment } from '../format.ts';
import type { IdentityProviderProposal, Organisation } from '../types.ts';

/**
 * A provider that waits for a second administrator: what was proposed, by whom, and — to any other
 * administrator — the button that puts it in use. The provider decides who logs in as the organisation's
 * professionals, so the one who proposed it cannot confirm it.
 */
export function IdentityProviderProposalPanel({ organisation, proposal, onConfirmed }: {
  organisation: Organisation; proposal: IdentityProviderProposal; onConfirmed: () => void;
}) {
  const { t, i18n } = useTranslation();
  const confirm = async () => {
    await post(`/organisations/${organisation.id}/identity-provider/confirm`, {});
    onConfirmed();
  };
  return (
    <div className="utrecht-alert utrecht-alert--warning">
      <div className="utrecht-alert__content">
        <p className="utrecht-paragraph">
          {t('sso.admin.proposal', { name: organisation.name, provider: proposal.displayName, by: proposal.proposedBy.name, at: formatMoment(proposal.proposedAt, i18n.language) })}
        </p>
        <dl className="rondom-facts">
          <div><dt>{t('sso.admin.issuer')}</dt><dd><code className="rondom-code">{proposal.issuer}</code></dd></div>
          <div><dt>{t('sso.admin.clientId')}</dt><dd><code className="rondom-code">{proposal.clientId}</code></dd></div>
          <div><dt>{t('sso.admin.displayName')}</dt><dd>{proposal.displayName}</dd></div>
        </dl>
        {proposal.canConfirm ? (
          <Form label={t('sso.admin.confirmLabel', { name: organisation.name })} submitLabel={t('sso.admin.confirm')} onSubmit={confirm}>
            <p className="utrecht-paragraph">{t('sso.admin.confirmHelp', { name: organisation.name })}</p>
          </Form>
        ) : (
          <p className="utrecht-paragraph">{t('sso.admin.waitingForOther')}</p>
        )}
      </div>
    </div>
  );
}
