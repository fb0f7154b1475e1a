import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api.ts';

/** A failed request, said in the user's language; the server's own explanation is kept for specific codes. */
export function ProblemAlert({ error, params }: { error: ApiError; params?: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <div className="utrecht-alert__content">
        <p className="utrecht-paragraph"><strong>{problemMessage(t, error, params)}</strong></p>
      </div>
    </div>
  );
}

export function problemMessage(t: (key: string, options?: Record<string, unknown>) => string, error: ApiError, params?: Record<string, string>) {
  const minutes = error.params.minutes ?? 15;
  // The refusal of a second regisseur names who leads now; that name is the heart of the explanation.
  const holder = error.params.name || t('direction.someoneElse');
  return t(`errors.${error.code}`, { minutes, holder, ...params, defaultValue: t('errors.UNKNOWN') });
}

export function Loading() {
  const { t } = useTranslation();
  return <p className="utrecht-paragraph" role="status">{t('common.loading')}</p>;
}
