import { useCallback, useEffect, useState } from 'react';
import type { SessionResponse, SessionUserView } from '../api/contract.ts';
import { ApiError, api, get, setCsrfToken, whenUnauthenticated } from './api.ts';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/ProblemAlert.tsx';
import { AdminPage } from './pages/AdminPage.tsx';
import { AlertsPage } from './pages/AlertsPage.tsx';
import { FamiliesPage } from './pages/FamiliesPage.tsx';
import { FamilyPage } from './pages/FamilyPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { MatchesPage } from './pages/MatchesPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { PersonPage } from './pages/PersonPage.tsx';
import { PrivacyPage } from './pages/PrivacyPage.tsx';
import { navigate, useRoute, type Route } from './router.ts';
import { homePath, SessionContext } from './session.ts';

type SessionState = { status: 'checking' } | { status: 'anonymous' } | { status: 'signedIn'; user: SessionUserView };

export function App() {
  const [session, setSession] = useState<SessionState>({ status: 'checking' });
  const route = useRoute();

  const signIn = useCallback((response: SessionResponse, fresh: boolean) => {
    setCsrfToken(response.csrfToken);
    setSession({ status: 'signedIn', user: response.user });
    if (fresh || window.location.pathname === '/') navigate(homePath(response.user));
  }, []);

  useEffect(() => {
    whenUnauthenticated(() => { setCsrfToken(null); setSession({ status: 'anonymous' }); });
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
  if (session.status === 'anonymous') return <LoginPage onSignedIn={(response) => signIn(response, true)} />;
  return (
    <SessionContext.Provider value={session.user}>
      <Layout onSignOut={signOut}>{page(route)}</Layout>
    </SessionContext.Provider>
  );
}

function page(route: Route) {
  switch (route.page) {
    case 'families': return <FamiliesPage />;
    case 'family': return <FamilyPage key={route.id} id={route.id} />;
    case 'person': return <PersonPage key={route.personId} householdId={route.householdId} personId={route.personId} />;
    case 'alerts': return <AlertsPage />;
    case 'matches': return <MatchesPage />;
    case 'admin': return <AdminPage />;
    case 'privacy': return <PrivacyPage />;
    default: return <NotFoundPage />;
  }
}
