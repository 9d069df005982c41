// Reading response headers the way Chromium's net stack does before CORS looks at them.
import type { HeaderList } from './types';

/**
 * All lines of a header, each trimmed, joined with ", " (so two Allow-Origin lines can never
 * equal one origin); undefined when absent.
 */
export function headerValue(headers: HeaderList, name: string): string | undefined {
  const lower = name.toLowerCase();
  const values = headers.filter(([n]) => n.toLowerCase() === lower).map(([, v]) => v.trim());
  return values.length === 0 ? undefined : values.join(', ');
}

/** Comma-separated items, trimmed, empty ones skipped (net::HttpUtil::ValuesIterator). */
export function listItems(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** A response the browser follows: a redirect status with a Location header. */
export function isRedirect(status: number, headers: HeaderList): boolean {
  return REDIRECT_STATUSES.has(status) && headerValue(headers, 'location') !== undefined;
}

/** Vary names Origin, or is `*`. */
export function variesOnOrigin(headers: HeaderList): boolean {
  return listItems(headerValue(headers, 'vary')).some((v) => v === '*' || v.toLowerCase() === 'origin');
}
