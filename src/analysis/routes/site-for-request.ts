// Which CORS site answers a request: the back end listening on the URL's port, then the site its
// framework would run for the path (flask-cors resources and views, Django's CORS_URLS_REGEX,
// Starlette mounts, Express registration order).
import type { CorsSite, OrderedEntry, WiringFact } from '../model/policy';
import type { Backend, BackendSite } from './backends';
import { expressPathRegex, flaskResourceMatches, flaskResourceOrder, flaskRuleRegex, mountMatches, pythonReMatch } from './paths';
import type { PortDecl } from './ports';

export interface SiteMatch {
  readonly site: CorsSite;
  readonly file: string;
  readonly backend: Backend;
  /** The port declaration that led to the back end; absent when no back end declares the URL's port. */
  readonly port?: PortDecl;
  /**
   * False when the site is the back end's policy but does not cover the path (a flask-cors resource or
   * CORS_URLS_REGEX that does not match): then the server sends no CORS headers at all.
   */
  readonly applies: boolean;
  /** How the site was chosen, one clause each, for the explanation. */
  readonly why: readonly string[];
}

export interface RequestOptions {
  /** The failing request is the preflight (OPTIONS): Express's cors() answers it at the first match. */
  readonly preflight?: boolean;
}

interface Pick {
  readonly chosen: BackendSite;
  readonly applies: boolean;
  readonly why: string[];
}

function urlParts(url: string): { port: number; path: string; host: string } | undefined {
  try {
    const u = new URL(url);
    const port = u.port ? Number(u.port) : u.protocol === 'https:' ? 443 : 80;
    return { port, path: decodeURI(u.pathname) || '/', host: u.hostname };
  } catch {
    return undefined;
  }
}

export function siteForRequest(backends: readonly Backend[], url: string, method: string, options: RequestOptions = {}): SiteMatch | undefined {
  const parts = urlParts(url);
  if (!parts) return undefined;
  const byPort = backends.flatMap(b => b.ports.filter(p => p.port === parts.port).slice(0, 1).map(port => ({ backend: b, port })));
  // Several back ends on one port (a default shared by two Flask apps): the path decides between them.
  const candidates = byPort.length > 0 ? byPort : backends.length === 1 ? [{ backend: backends[0], port: undefined }] : [];
  let best: (SiteMatch & { score: number }) | undefined;
  for (const { backend, port } of candidates) {
    const pick = pickSite(backend, parts.path, method.toUpperCase(), parts.host, options);
    if (!pick) continue;
    const portWhy = port
      ? `${backend.root} listens on port ${parts.port} (${port.how})`
      : `no back end declares port ${parts.port}; ${backend.root} is the only one with CORS configuration`;
    const score = (pick.applies ? 2 : 0) + (port && !port.isDefault ? 1 : 0);
    if (!best || score > best.score) {
      best = { site: pick.chosen.site, file: pick.chosen.file, backend, ...(port ? { port } : {}), applies: pick.applies, why: [portWhy, ...pick.why], score };
    }
  }
  if (!best) return undefined;
  const { score: _score, ...match } = best;
  return match;
}

function pickSite(b: Backend, path: string, method: string, host: string, options: RequestOptions): Pick | undefined {
  switch (b.framework) {
    case 'flask': return flaskSite(b, path);
    case 'django': return djangoSite(b, path, host);
    case 'starlette': return starletteSite(b, path);
    case 'express': return expressSite(b, path, method, options) ?? firstSite(b);
    default: return firstSite(b);
  }
}

function firstSite(b: Backend): Pick | undefined {
  const s = b.sites.find(x => x.site.framework !== 'hand-written') ?? b.sites[0];
  const lib = b.sites.filter(x => x.site.framework !== 'hand-written').length;
  return s && { chosen: s, applies: true, why: [lib > 1 ? `CORS Lens does not map ${b.framework} routes, so this is the first of the back end's ${lib} CORS policies` : `it is the back end's only CORS policy`] };
}

function textOf(b: Backend, file: string): string {
  return b.sources.find(s => s.file === file)?.text ?? '';
}

/** A hand-written header guarded by `path.startswith("/embed/")` / `path.startsWith('/embed/')`: the prefix, or undefined when unguarded. */
function guardPrefix(b: Backend, s: BackendSite): string | undefined {
  const text = textOf(b, s.file).slice(s.site.range.start, s.site.range.end);
  return /path\.starts[wW]ith\(\s*["'`]([^"'`]+)["'`]/.exec(text)?.[1];
}

/** Hand-written headers whose guard names this path: they are written before (and win over) the library's. */
function guardedHandWritten(b: Backend, path: string): Pick | undefined {
  for (const s of b.sites) {
    if (s.site.framework !== 'hand-written') continue;
    const prefix = guardPrefix(b, s);
    if (prefix !== undefined && path.startsWith(prefix)) return { chosen: s, applies: true, why: [`the header written by hand for paths starting with ${prefix} answers ${path}`] };
  }
  return undefined;
}

function flaskSite(b: Backend, path: string): Pick | undefined {
  const sites = b.sites.filter(s => s.site.framework === 'flask-cors');
  // @cross_origin on the view: flask-cors's app-wide hook sees its header and steps aside.
  const view = sites.find(s => s.site.scope.kind === 'route' && s.site.scope.pattern !== undefined && flaskRuleRegex(s.site.scope.pattern).test(path));
  if (view) return { chosen: view, applies: true, why: [`the view for ${view.site.scope.pattern} carries @cross_origin, which takes precedence over CORS(app)`] };
  const guarded = guardedHandWritten(b, path);
  if (guarded) return guarded;
  const resources = sites.filter(s => s.site.scope.kind === 'path-pattern' && s.site.scope.pattern !== undefined)
    .sort((x, y) => flaskResourceOrder(x.site.scope.pattern!, y.site.scope.pattern!));
  const hit = resources.find(s => flaskResourceMatches(s.site.scope.pattern!, path));
  if (hit) return { chosen: hit, applies: true, why: [`the resource pattern ${hit.site.scope.pattern} is the first flask-cors tries that matches ${path}`] };
  const app = sites.find(s => s.site.scope.kind === 'app');
  if (app) return { chosen: app, applies: true, why: [`CORS(app) covers every path (resources default to /*)`] };
  const unguarded = b.sites.find(s => s.site.framework === 'hand-written' && guardPrefix(b, s) === undefined);
  if (unguarded) return { chosen: unguarded, applies: true, why: ['the header is written by hand for every response'] };
  const nearest = resources[0] ?? sites[0];
  return nearest && {
    chosen: nearest, applies: false,
    why: [`no flask-cors resource pattern (${resources.map(r => r.site.scope.pattern).join(', ')}) matches ${path}, so the response carries no CORS headers`],
  };
}

/** The settings module manage.py / wsgi.py / asgi.py selects with DJANGO_SETTINGS_MODULE. */
function activeSettings(b: Backend): string | undefined {
  for (const s of b.sources) {
    const m = /DJANGO_SETTINGS_MODULE["']\s*,\s*["']([\w.]+)["']/.exec(s.text);
    if (m) return m[1].replace(/\./g, '/');
  }
  return undefined;
}

function djangoSite(b: Backend, path: string, host: string): Pick | undefined {
  const sites = b.sites.filter(s => s.site.framework === 'django-cors-headers');
  if (sites.length === 0) return firstSite(b);
  const module = activeSettings(b);
  const norm = (f: string) => f.replace(/\\/g, '/').replace(/\.py$/, '').replace(/\/__init__$/, '');
  const named = module ? sites.find(s => norm(s.file).endsWith(module)) : undefined;
  const local = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/.test(host);
  const devFile = (s: BackendSite) => s.site.devOnly || /(^|\/)(dev|local|development)[^/]*$/.test(norm(s.file));
  const chosen = named ?? (local ? sites.find(devFile) : sites.find(s => !devFile(s))) ?? sites[0];
  const which = named ? `DJANGO_SETTINGS_MODULE selects ${module!.replace(/\//g, '.')}`
    : sites.length > 1 ? `of ${sites.length} settings modules, ${chosen.file} is the one a ${local ? 'local development' : 'deployed'} server most likely runs (no DJANGO_SETTINGS_MODULE default found)` : '';
  const regex = chosen.site.scope.kind === 'path-pattern' ? chosen.site.scope.pattern : undefined;
  const why = which ? [which] : [];
  if (regex === undefined) return { chosen, applies: true, why: [...why, 'CORS_URLS_REGEX is not set, so every path gets CORS headers'] };
  const applies = pythonReMatch(regex, path);
  return { chosen, applies, why: [...why, applies ? `CORS_URLS_REGEX ${regex} matches ${path}` : `CORS_URLS_REGEX ${regex} does not match ${path}, so django-cors-headers adds no CORS headers`] };
}

interface StarletteApp { readonly name: string; readonly prefix?: string }

/** `name.add_middleware(...)`, or the `name = FastAPI(..., middleware=[...])` the site sits in. */
function starletteAppOf(b: Backend, s: BackendSite): string | undefined {
  const text = textOf(b, s.file);
  const own = /^\s*([A-Za-z_]\w*)\s*\.\s*add_middleware\b/.exec(text.slice(s.site.range.start, s.site.range.end))?.[1];
  if (own) return own;
  let found: string | undefined;
  for (const m of text.slice(0, s.site.range.start).matchAll(/^([A-Za-z_]\w*)\s*(?::\s*\w+\s*)?=\s*(?:fastapi\.)?(?:FastAPI|Starlette)\s*\(/gm)) found = m[1];
  return found;
}

function starletteSite(b: Backend, path: string): Pick | undefined {
  const guarded = guardedHandWritten(b, path);
  if (guarded) return guarded;
  const mounts: StarletteApp[] = b.sources.flatMap(src =>
    [...src.text.matchAll(/\b[A-Za-z_]\w*\.mount\(\s*(?:path\s*=\s*)?["']([^"']*)["']\s*,\s*(?:app\s*=\s*)?([A-Za-z_]\w*)/g)].map(m => ({ name: m[2], prefix: m[1] })));
  const mount = mounts.filter(m => mountMatches(m.prefix!, path)).sort((x, y) => y.prefix!.length - x.prefix!.length)[0];
  const sites = b.sites.filter(s => s.site.framework === 'starlette');
  const mounted = new Set(mounts.map(m => m.name));
  if (mount) {
    const sub = sites.find(s => starletteAppOf(b, s) === mount.name);
    if (sub) return { chosen: sub, applies: true, why: [`${path} goes to the sub-application ${mount.name} mounted at ${mount.prefix}, which has its own CORSMiddleware`] };
  }
  const root = sites.find(s => { const a = starletteAppOf(b, s); return a === undefined || !mounted.has(a); });
  if (root) return { chosen: root, applies: true, why: [`the CORSMiddleware of ${starletteAppOf(b, root) ?? 'the app'} wraps every path`] };
  const any = b.sites.find(s => s.site.framework === 'hand-written' && guardPrefix(b, s) === undefined);
  if (any) return { chosen: any, applies: true, why: ['the header is written by hand for every response'] };
  const nearest = sites[0];
  return nearest && { chosen: nearest, applies: false, why: [`no CORSMiddleware covers ${path}${mount ? ` (the sub-application ${mount.name} mounted at ${mount.prefix} has none)` : ''}, so the response carries no CORS headers`] };
}

type Registrations = Extract<WiringFact, { kind: 'express-registrations' }>;

const within = (inner: { start: number; end: number }, outer: { start: number; end: number }) => inner.start >= outer.start && inner.end <= outer.end;

function expressSite(b: Backend, path: string, method: string, options: RequestOptions): Pick | undefined {
  for (const model of b.models) {
    const regs = model.wiring.filter((w): w is Registrations => w.kind === 'express-registrations');
    if (regs.length === 0) continue;
    const text = textOf(b, model.file);
    const sites = b.sites.filter(s => s.file === model.file);
    const routerNameOf = (e: OrderedEntry) => /([A-Za-z_$][\w$]*)\s*\)\s*$/.exec(text.slice(e.range.start, e.range.end))?.[1];
    const mountedNames = new Set(regs.flatMap(r => r.entries.filter(e => e.name === 'router').map(routerNameOf)));
    const root = regs.find(r => !mountedNames.has(r.target));
    if (!root) continue;
    const preflight = options.preflight ?? method === 'OPTIONS';
    const active: Array<{ site: BackendSite; entry: OrderedEntry; target: string }> = [];
    const walk = (reg: Registrations, rest: string, depth: number): Pick | undefined => {
      for (const e of reg.entries) {
        if (e.name === 'cors') {
          if (e.path !== undefined && !expressPathRegex(e.path, false)?.test(rest)) continue;
          const site = sites.find(s => within(s.site.range, e.range));
          if (!site) continue;
          active.push({ site, entry: e, target: reg.target });
          // cors() ends a preflight itself (preflightContinue is false unless written).
          if (preflight) return { chosen: site, applies: true, why: [`the cors() registered on ${reg.target}${e.path ? ` for ${e.path}` : ''} is the first middleware to see the preflight and answers it`] };
        } else if (e.name === 'route') {
          const verb = /\.\s*(get|post|put|patch|delete|del|all|options|head)\s*\(/i.exec(text.slice(e.range.start, e.range.end))?.[1]?.toUpperCase();
          const verbOk = verb === 'ALL' || verb === method || (verb === 'GET' && method === 'HEAD') || (verb === 'DEL' && method === 'DELETE');
          if (!verbOk || e.path === undefined || !expressPathRegex(e.path)?.test(rest)) continue;
          const hand = sites.find(s => s.site.framework === 'hand-written' && within(s.site.range, e.range));
          if (hand) return { chosen: hand, applies: true, why: [`the route ${verb} ${e.path} on ${reg.target} answers and writes the header by hand`] };
          const last = active[active.length - 1];
          if (last) return { chosen: last.site, applies: true, why: [`the route ${verb} ${e.path} on ${reg.target} answers, after the cors() registered on ${last.target}`] };
          const later = sites.find(s => s.site.framework !== 'hand-written' && s.site.scope.kind === 'app') ?? sites.find(s => s.site.framework !== 'hand-written');
          return later && { chosen: later, applies: false, why: [`the route ${verb} ${e.path} on ${reg.target} answers before any cors() runs, so the response carries no CORS headers`] };
        } else if (e.name === 'router' && depth < 4) {
          if (e.path !== undefined && !expressPathRegex(e.path, false)?.test(rest)) continue;
          const sub = regs.find(r => r.target === routerNameOf(e));
          if (!sub) continue;
          const inner = e.path ? rest.slice(e.path.replace(/\/$/, '').length) || '/' : rest;
          const found = walk(sub, inner, depth + 1);
          if (found) return { ...found, why: [`${path} enters the router ${sub.target}${e.path ? ` mounted at ${e.path}` : ''}`, ...found.why] };
        }
      }
      return undefined;
    };
    const found = walk(root, path, 0);
    if (found) return found;
    const last = active[active.length - 1];
    if (last) return { chosen: last.site, applies: true, why: [`no route matches ${method} ${path}, but the cors() registered on ${last.target} still runs before the 404`] };
  }
  return undefined;
}
