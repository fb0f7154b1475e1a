import { useEffect, useState } from 'react';

/** A tiny history router: the server falls back to index.html, so every path is a real, shareable URL. */
export type Route =
  | { page: 'families' }
  | { page: 'family'; id: string }
  | { page: 'person'; householdId: string; personId: string }
  | { page: 'alerts' }
  | { page: 'matches' }
  | { page: 'admin' }
  | { page: 'privacy' }
  | { page: 'figures' }
  | { page: 'password' }
  /** Reachable without logging in: the links from the activation and password mails, and "forgot password". */
  | { page: 'activate' }
  | { page: 'resetPassword' }
  | { page: 'forgotPassword' }
  | { page: 'notFound' };

/** Pages that open without a session (the App shows them whether or not someone is logged in). */
export const isPublicRoute = (route: Route): route is { page: 'activate' | 'resetPassword' | 'forgotPassword' } =>
  route.page === 'activate' || route.page === 'resetPassword' || route.page === 'forgotPassword';

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '/gezinnen') return { page: 'families' };
  const family = /^\/gezinnen\/([0-9a-f-]{36})$/i.exec(pathname);
  if (family?.[1]) return { page: 'family', id: family[1] };
  const person = /^\/gezinnen\/([0-9a-f-]{36})\/personen\/([0-9a-f-]{36})$/i.exec(pathname);
  if (person?.[1] && person[2]) return { page: 'person', householdId: person[1], personId: person[2] };
  // Pattern alerts were called 'signalen' at first; that word is for what a professional registers.
  if (pathname === '/patronen' || pathname === '/signalen') return { page: 'alerts' };
  if (pathname === '/matches') return { page: 'matches' };
  if (pathname === '/beheer') return { page: 'admin' };
  if (pathname === '/privacy') return { page: 'privacy' };
  if (pathname === '/cijfers') return { page: 'figures' };
  if (pathname === '/wachtwoord') return { page: 'password' };
  if (pathname === '/activeren') return { page: 'activate' };
  if (pathname === '/wachtwoord-herstellen') return { page: 'resetPassword' };
  if (pathname === '/wachtwoord-vergeten') return { page: 'forgotPassword' };
  return { page: 'notFound' };
}

export const paths = {
  families: '/gezinnen',
  family: (id: string) => `/gezinnen/${id}`,
  /** A person's own timeline, opened from their card in a family (the family gives the names around them). */
  person: (householdId: string, personId: string) => `/gezinnen/${householdId}/personen/${personId}`,
  alerts: '/patronen',
  matches: '/matches',
  admin: '/beheer',
  privacy: '/privacy',
  /** Figures for the overseer: counts, never names. */
  figures: '/cijfers',
  /** "Mijn account": the password change and the second factor. */
  password: '/wachtwoord',
  forgotPassword: '/wachtwoord-vergeten',
  login: '/',
};

const listeners = new Set<() => void>();

export function navigate(path: string) {
  if (path !== window.location.pathname) window.history.pushState(null, '', path);
  listeners.forEach((listener) => listener());
}

export function useRoute(): Route {
  const [pathname, setPathname] = useState(window.location.pathname);
  useEffect(() => {
    const update = () => setPathname(window.location.pathname);
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => { listeners.delete(update); window.removeEventListener('popstate', update); };
  }, []);
  return parseRoute(pathname);
}
