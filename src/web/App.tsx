import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { SessionResponse, SessionUserView } from '../api/contract.ts';
import { ApiError, api, get, setCsrfToken, whenPasswordChangeRequired, whenSecondFactorSetupRequired, whenUnauthenticated } from './api.ts';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/ProblemAlert.tsx';
import { AccountPage } from './pages/AccountPage.tsx';
import { AdminPage } from './pages/AdminPage.tsx';
import { AlertsPage } from './pages/AlertsPage.tsx';
import { FamiliesPage } from './pages/FamiliesPage.tsx';
import { FamilyPage } from './pages/FamilyPage.tsx';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage.tsx';
import { LinkPage } from './pages/LinkPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { MatchesPage } from './pages/MatchesPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { PasswordPage } from './pages/PasswordPage.tsx';
import { PersonPage } from './pages/PersonPage.tsx';
import { PrivacyPage } from './pages/PrivacyPage.tsx';
import { SecondFactorPage } from './pages/SecondFactorPage.tsx';
import { isPublicRoute, navigate, useRoute, type Route } from './router.ts';
import { homePath, SessionContext } from './session.ts';

// The charts library is loaded only by whoever opens the figures (the overseer), not with every page.
const FiguresPage = lazy(() => import('./pages/FiguresPage.tsx').then((module) => ({ default: module.FiguresPage })));

type SessionState =
  | { status: 'checking' } | { status: 'anonymous' }
  /**
   * `passwordChangeRequired`: signed in with a start password; only the password page opens until it is replaced.
   * `secondFactorSetupRequired`: likewise, only the page that sets up the second factor the account needs.
   */
  | { status: 'signedIn'; user: SessionUserView; passwordChangeRequired: boolean; secondFactorSetupRequired: boolean; hasSecondFactor: boolean };

export function App() {
  const [session, setSession] = useState<SessionState>({ status: 'checking' });
  const route = useRoute();

  const signIn = useCallback((response: SessionResponse, fresh: boolean) => {
    setCsrfToken(response.csrfToken);
    const passwordChangeRequired = response.passwordChangeRequired === true;
    const secondFactorSetupRequired = response.secondFactorSetupRequired === true;
    setSession({ status: 'signedIn', user: response.user, passwordChangeRequired, secondFactorSetupRequired, hasSecondFactor: response.hasSecondFactor === true });
    if (!passwordChangeRequired && !secondFactorSetupRequired && (fresh || window.location.pathname === '/')) navigate(homePath(response.user));
  }, []);

  useEffect(() => {
    whenUnauthenticated(() => { setCsrfToken(null); setSession({ status: 'anonymous' }); });
    whenPasswordChangeRequired(() => setSession((current) => (current.status === 'signedIn' ? { ...current, passwordChangeRequired: true } : current)));
    whenSecondFactorSetupRequired(() => setSession((current) => (current.status === 'signedIn' ? { ...current, secondFactorSetupRequired: true } : current)));
    get<SessionResponse>('/session')
      .then((response) => signIn(response, false))
      .catch((error: unknown) => {
        if (!(error instanceof ApiError) || error.status !== 401) console.warn(error);
        setSession({ status: 'anonymous' });
      });
  }, [signIn]);

  const signOut = async () => {
    await api('DELETE', '/session').catch(() => undefined);
    setCsrfToken(null);
    setSession({ status: 'anonymous' });
  };

  if (session.status === 'checking') return <main id="main" className="rondom-main"><Loading /></main>;
  // The links from the mails and "forgot password" open whether or not someone is logged in in this browser.
  if (isPublicRoute(route)) {
    if (route.page === 'forgotPassword') return <ForgotPasswordPage />;
    return <LinkPage purpose={route.page === 'activate' ? 'activation' : 'password_reset'} />;
  }
  if (session.status === 'anonymous') return <LoginPage onSignedIn={(response) => signIn(response, true)} />;
  // After a password change the session is read again: a fresh CSRF token, and the server's word that the change is done.
  const refreshSession = async (fresh: boolean) => signIn(await get<SessionResponse>('/session'), fresh);
  if (session.passwordChangeRequired) {
    return (
      <SessionContext.Provider value={session.user}>
        <Layout onSignOut={signOut} restricted><PasswordPage onChanged={() => refreshSession(true)} /></Layout>
      </SessionContext.Provider>
    );
  }
  if (session.secondFactorSetupRequired) {
    return (
      <SessionContext.Provider value={session.user}>
        <Layout onSignOut={signOut} restricted><SecondFactorPage onDone={() => refreshSession(true)} /></Layout>
      </SessionContext.Provider>
    );
  }
  return (
    <SessionContext.Provider value={session.user}>
      <Layout onSignOut={signOut}>{page(route, session.hasSecondFactor, () => refreshSession(false))}</Layout>
    </SessionContext.Provider>
  );
}

function page(route: Route, hasSecondFactor: boolean, accountChanged: () => Promise<void>) {
  switch (route.page) {
    case 'families': return <FamiliesPage />;
    case 'family': return <FamilyPage key={route.id} id={route.id} />;
    case 'person': return <PersonPage key={route.personId} householdId={route.householdId} personId={route.personId} />;
    case 'alerts': return <AlertsPage />;
    case 'matches': return <MatchesPage />;
    case 'admin': return <AdminPage />;
    case 'privacy': return <PrivacyPage />;
    case 'figures': return <Suspense fallback={<Loading />}><FiguresPage /></Suspense>;
    case 'password': return <AccountPage hasSecondFactor={hasSecondFactor} onPasswordChanged={accountChanged} onSecondFactorSet={accountChanged} />;
    default: return <NotFoundPage />;
  }
}
