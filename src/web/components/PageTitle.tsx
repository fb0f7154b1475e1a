import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's one h1. It takes focus when the page opens, so keyboard and screen reader users start at the top. */
export function PageTitle({ children, documentTitle }: { children: React.ReactNode; documentTitle: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${documentTitle} · ${t('app.name')}`;
  }, [documentTitle, t]);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, []);
  return <h1 ref={ref} tabIndex={-1} className="utrecht-heading-1 rondom-page-title">{children}</h1>;
}
