/**
 * The one-time token of an activation or password link sits after '#' (`/activeren#token=…`), so it never
 * reaches a server log. The page reads it once, then takes it out of the address bar, so it does not linger
 * in the browser's history, a bookmark or a screenshot.
 */
export function readLinkToken(): string | null {
  const token = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_-]{20,200}$/.test(token) ? token : null;
}

export function clearLinkToken() {
  if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}
