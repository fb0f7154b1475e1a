import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordForm } from '../account/PasswordForm.tsx';
import { PageTitle } from '../components/PageTitle.tsx';

/**
 * Choosing a new password. `required`: the first login with the start password from the administrator; nothing
 * else opens until it is replaced, and afterwards the app continues. Otherwise it is the page from the header.
 */
export function PasswordPage({ required, onChanged }: { required: boolean; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const [changed, setChanged] = useState(0);
  const doneRef = useRef<HTMLDivElement>(null);
  const title = required ? t('password.requiredTitle') : t('password.title');
  const done = async () => {
    await onChanged();
    if (required) return; // the app moves on to the start page
    setChanged((count) => count + 1);
    requestAnimationFrame(() => doneRef.current?.focus());
  };
  return (
    <div className="rondom-narrow">
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <p className="utrecht-paragraph">{required ? t('password.requiredIntro') : t('password.intro')}</p>
      {changed > 0 && (
        <div ref={doneRef} tabIndex={-1} role="status" className="utrecht-alert utrecht-alert--ok rondom-saved">
          <div className="utrecht-alert__content"><p className="utrecht-paragraph"><strong>{t('password.changed')}</strong></p></div>
        </div>
      )}
      {/* A fresh, empty form after each change: no passwords stay in the fields. */}
      <PasswordForm key={changed} onChanged={done} />
    </div>
  );
}
