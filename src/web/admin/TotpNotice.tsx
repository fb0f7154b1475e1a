import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedUser } from '../types.ts';

/** The second-factor secret is shown once, right after the account is made; it cannot be read again. */
export function TotpNotice({ created, onDismiss }: { created: CreatedUser & { email: string }; onDismiss: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { ref.current?.focus(); }, []);
  const secret = created.totpUri ? new URL(created.totpUri).searchParams.get('secret') : null;
  return (
    <div ref={ref} tabIndex={-1} role="status" className={`utrecht-alert ${created.totpUri ? 'utrecht-alert--warning' : 'utrecht-alert--ok'}`}>
      <div className="utrecht-alert__content">
        <p className="utrecht-paragraph"><strong>{t('admin.created', { email: created.email })}</strong></p>
        {created.totpUri && (
          <>
            <p className="utrecht-paragraph">{t('admin.totpOnce')}</p>
            <p className="utrecht-paragraph">{t('admin.totpSecret')}: <code className="rondom-code">{secret}</code></p>
            <p className="utrecht-paragraph">{t('admin.totpUri')}: <code className="rondom-code">{created.totpUri}</code></p>
          </>
        )}
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onDismiss}>{t('admin.dismiss')}</button>
      </div>
    </div>
  );
}
