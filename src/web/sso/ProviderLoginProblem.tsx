import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSsoFailure, type SsoFailure } from '../../domain/singleSignOn.ts';

/**
 * Why the last login through the organisation did not go through: the callback sends the browser back
 * with `?sso_error=CODE`. Only known codes are shown; the address is cleaned so a reload does not repeat it.
 */
export function ProviderLoginProblem() {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [failure] = useState<SsoFailure | null>(() => {
    const code = new URLSearchParams(window.location.search).get('sso_error');
    return isSsoFailure(code) ? code : null;
  });
  useEffect(() => {
    if (new URLSearchParams(window.location.search).has('sso_error')) window.history.replaceState(null, '', window.location.pathname);
    if (failure) ref.current?.focus();
  }, [failure]);
  if (!failure) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="utrecht-alert utrecht-alert--error">
      <div className="utrecht-alert__content">
        <p className="utrecht-paragraph"><strong>{t(`sso.errors.${failure}`)}</strong></p>
      </div>
    </div>
  );
}
