import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SiteHeader } from './Layout.tsx';

/** The frame of the pages that open without logging in: skip link, header with the language switch, a narrow main. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">{t('nav.skip')}</a>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="rondom-main rondom-main--narrow">{children}</main>
    </>
  );
}
