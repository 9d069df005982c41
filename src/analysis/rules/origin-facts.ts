// Questions several rules ask of a site's origins.
import { LIBRARIES } from '../model/libraries';
import type { CorsSite, OriginEntry, ValueSource } from '../model/policy';

/** `.*`, `^.*$`, `.+`: a pattern that admits every origin is a wildcard, not a weak regex. */
export function isMatchAllPattern(pattern: string): boolean {
  return /^\^?(\.\*|\.\+|\(\.\*\)|\[\\s\\S\]\*)\$?$/.test(pattern);
}

/** Entries that let every origin through as "any" (the library's all-origins mode). */
export function anyEntries(site: CorsSite): OriginEntry[] {
  return site.origins.entries.filter(e => e.kind === 'any' || (e.kind === 'regex' && isMatchAllPattern(e.pattern)));
}

export function reflectEntries(site: CorsSite): OriginEntry[] {
  return site.origins.entries.filter(e => e.kind === 'reflect-any');
}

export function credentialsOn(site: CorsSite): boolean {
  return site.credentials?.value === true;
}

/**
 * Any-origin plus credentials where the library echoes the caller's origin (an open door),
 * as opposed to libraries that send `*` and break (broken-credentials-wildcard).
 */
export function reflectsAnyWithCredentials(site: CorsSite): boolean {
  if (!credentialsOn(site)) return false;
  if (reflectEntries(site).length > 0) return true;
  return anyEntries(site).length > 0 && LIBRARIES[site.framework].anyWithCredentials === 'reflect' && site.sendWildcard?.value !== true;
}

export function sendsStarWithCredentials(site: CorsSite): boolean {
  if (!credentialsOn(site) || anyEntries(site).length === 0 || reflectEntries(site).length > 0) return false;
  return LIBRARIES[site.framework].anyWithCredentials === 'literal-star' || site.sendWildcard?.value === true;
}

/**
 * The origins are written, in this file, as none at all (`origin: false`, `CORS_ALLOWED_ORIGINS = []`):
 * no response carries an allowed origin whatever the middleware does. An environment read, a
 * callback or a value inherited from another module may allow some, and an unwritten option is the
 * library's default, which another settings module may still fill in.
 */
export function allowsNoOrigin(site: CorsSite): boolean {
  const { entries, source } = site.origins;
  return entries.length === 0 && (source.kind === 'literal' || source.kind === 'variable');
}

/** The range a finding about the origins should underline. */
export function originsRange(site: CorsSite, entry?: OriginEntry) {
  return entry?.range ?? site.origins.range ?? site.range;
}

// Loopback, plus the unspecified addresses: a browser asked for http://0.0.0.0:8000 or http://[::]:8000
// connects to this machine (Chromium 156 does, and the page's origin is http://0.0.0.0:8000).
const LOCAL = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0|\[::\])$/i;

/** A host whose traffic never leaves the machine, so nobody on the network path can tamper with it. */
export function isLocalHost(host: string): boolean {
  return LOCAL.test(host) || host.toLowerCase().endsWith('.localhost');
}

/**
 * Inherited from another settings module (`from .base import *`): that module reports it, so a
 * finding here would only repeat it at the import line.
 */
export function inherited(source: ValueSource | undefined): boolean {
  return source?.kind === 'other-file';
}

/** Entries this file wrote itself. */
export function ownEntries(site: CorsSite): OriginEntry[] {
  return site.origins.entries.filter(e => !inherited(e.source));
}
