// Set-Cookie on a cross-origin response: whether the browser will keep the cookie and send it back.
import { registrableDomain } from './hostile';
import type { CredentialsMode, HeaderList } from './types';

/** Schemeful site: scheme plus registrable domain (ports do not matter). */
function siteOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return `${u.protocol}//${registrableDomain(u.hostname)}`;
  } catch {
    return undefined;
  }
}

export function cookieWarnings(headers: HeaderList, url: string, origin: string, credentials: CredentialsMode): string[] {
  const cookies = headers.filter(([n]) => n.toLowerCase() === 'set-cookie').map(([, v]) => v);
  if (cookies.length === 0) return [];
  if (credentials !== 'include') {
    return [`The response sets ${cookies.length === 1 ? 'a cookie' : `${cookies.length} cookies`}, but the browser ignores Set-Cookie on a cross-origin request without credentials: 'include'.`];
  }
  const crossSite = siteOf(url) !== siteOf(origin);
  const out: string[] = [];
  for (const cookie of cookies) {
    const [pair, ...attrs] = cookie.split(';').map((s) => s.trim());
    const name = pair.split('=')[0];
    const attr = (key: string) => attrs.find((a) => a.toLowerCase().split('=')[0].trim() === key);
    const sameSite = attr('samesite')?.split('=')[1]?.trim().toLowerCase();
    if (sameSite === 'none' && !attr('secure')) {
      out.push(`Cookie '${name}' has SameSite=None without Secure; Chrome rejects it.`);
    } else if (crossSite && sameSite !== 'none') {
      out.push(`Cookie '${name}' is SameSite=${sameSite ? sameSite[0].toUpperCase() + sameSite.slice(1) : 'Lax (the default)'}; ${origin} is another site, so fetch() from it will not send the cookie back. Use SameSite=None; Secure, or serve both from the same site (e.g. localhost on both ports).`);
    }
  }
  return out;
}
