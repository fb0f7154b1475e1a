/**
 * Just enough of a browser for following an OpenID Connect login with fetch: redirects followed by hand,
 * cookies kept per origin (name and value; a cookie set to expire is dropped), HTML forms submitted.
 * Not a model of SameSite: the real browser test (test/browser/sso.test.ts) covers that.
 */
export class FetchBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  cookiesFor(url: string): Map<string, string> {
    const origin = new URL(url).origin;
    if (!this.jar.has(origin)) this.jar.set(origin, new Map());
    return this.jar.get(origin)!;
  }

  forget(url: string, name: string) { this.cookiesFor(url).delete(name); }

  /** One request, no redirect followed; cookies sent and stored. */
  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const cookies = this.cookiesFor(url);
    const headers: Record<string, string> = {};
    if (cookies.size) headers.cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(url, {
      method: init.method ?? (init.form ? 'POST' : 'GET'), headers, redirect: 'manual', ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && new Date(a.split('=')[1]!) < new Date()));
      if (expired || value === '') cookies.delete(name); else cookies.set(name, value);
    }
    return response;
  }

  /** Follows redirects from `url` until a page answers, or until the next address satisfies `stopAt`; returns that address or the page. */
  async follow(url: string, stopAt: (next: string) => boolean = () => false, init: { method?: string; form?: Record<string, string> } = {}): Promise<{ url: string; response: Response | null }> {
    let current = url;
    let response = await this.request(current, init);
    for (let hops = 0; hops < 20 && response.status >= 300 && response.status < 400; hops++) {
      current = new URL(response.headers.get('location')!, current).href;
      if (stopAt(current)) return { url: current, response: null };
      response = await this.request(current);
    }
    return { url: current, response };
  }
}
