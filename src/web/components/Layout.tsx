import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { paths, useRoute } from '../router.ts';
import { hasRole, isCaseWorker, useSessionUser } from '../session.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Link } from './Link.tsx';

/**
 * Skip link, header (who is signed in, language, own account, log out), main menu and the page's main landmark.
 * `restricted`: only the header and the page, for the password change or second factor that must come first.
 */
export function Layout({ children, onSignOut, restricted = false }: { children: ReactNode; onSignOut: () => void; restricted?: boolean }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  const route = useRoute();
  const items = [
    isCaseWorker(user) && { href: paths.families, label: t('nav.families'), current: route.page === 'families' || route.page === 'family' || route.page === 'person' },
    isCaseWorker(user) && { href: paths.alerts, label: t('nav.alerts'), current: route.page === 'alerts' },
    isCaseWorker(user) && { href: paths.matches, label: t('nav.matches'), current: route.page === 'matches' },
    hasRole(user, 'administrator') && { href: paths.admin, label: t('nav.admin'), current: route.page === 'admin' },
    hasRole(user, 'privacy_officer') && { href: paths.privacy, label: t('nav.privacy'), current: route.page === 'privacy' },
    hasRole(user, 'overseer') && { href: paths.figures, label: t('nav.figures'), current: route.page === 'figures' },
  ].filter((item): item is { href: string; label: string; current: boolean } => !restricted && Boolean(item));
  return (
    <>
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">{t('nav.skip')}</a>
      <SiteHeader>
        <p className="rondom-header__user">
          <span className="rondom-header__name">{user.name}</span>
          <span className="rondom-muted">{user.organisationName}</span>
        </p>
        {!restricted && (
          <Link href={paths.password} className="rondom-header__link" aria-current={route.page === 'password' ? 'page' : undefined}>{t('header.account')}</Link>
        )}
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onSignOut}>{t('header.signOut')}</button>
      </SiteHeader>
      {items.length > 0 && (
        <nav aria-label={t('nav.label')} className="rondom-nav">
          <ul className="rondom-nav__list">
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="rondom-nav__link" aria-current={item.current ? 'page' : undefined}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" tabIndex={-1} className="rondom-main">{children}</main>
    </>
  );
}

export function SiteHeader({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="utrecht-page-header rondom-header">
      <div className="rondom-header__content">
        <p className="rondom-brand"><span className="rondom-brand__name">{t('app.name')}</span> <span className="rondom-brand__tagline">{t('app.tagline')}</span></p>
        <div className="rondom-header__actions">
          <LanguageSwitch />
          {children}
        </div>
      </div>
    </header>
  );
}
