// Groups a workspace's CORS sites into back ends (one folder that runs as one server) and finds the
// ports each listens on, so a URL in a browser message leads to the code that answered it.
import type { CorsSite, FileModel } from '../model/policy';
import { portsIn, type PortDecl, type SourceFile } from './ports';

export type ServerFramework = 'flask' | 'django' | 'starlette' | 'express' | 'koa' | 'fastify' | 'nest' | 'node' | 'unknown';

export interface BackendSite {
  readonly site: CorsSite;
  readonly file: string;
}

export interface Backend {
  /** The folder the server runs from (nearest manage.py / package.json / pyproject.toml..., else the outermost non-package folder). */
  readonly root: string;
  readonly framework: ServerFramework;
  /** Declared ports, most specific first; a library default comes last and only when nothing is written. */
  readonly ports: readonly PortDecl[];
  readonly sites: readonly BackendSite[];
  /** Every model of the back end (the route mapper reads wiring facts from them). */
  readonly models: readonly FileModel[];
  /** The back end's files as given (sources, package.json, .env): mounts and settings modules are read from them. */
  readonly sources: readonly SourceFile[];
}

const ROOT_MARKERS = ['manage.py', 'package.json', 'pyproject.toml', 'setup.py', 'setup.cfg', 'requirements.txt', 'Pipfile', '.env', 'Procfile'];

const dirOf = (f: string) => { const i = Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\')); return i < 0 ? '.' : f.slice(0, i); };
const join = (d: string, n: string) => (d === '.' ? n : `${d}/${n}`);
const norm = (f: string) => f.replace(/\\/g, '/');

function rootOf(file: string, known: ReadonlySet<string>, python: boolean): string {
  const start = dirOf(norm(file));
  for (let d = start; ; d = dirOf(d)) {
    if (ROOT_MARKERS.some(m => known.has(join(d, m)))) return d;
    if (d === dirOf(d) || d === '.' || d === '/' || d === '') break;
  }
  if (!python) return start;
  // A Python package's folder is not where the server starts: climb past folders with __init__.py.
  let d = start;
  while (known.has(join(d, '__init__.py')) && dirOf(d) !== d) d = dirOf(d);
  return d;
}

function frameworkOf(models: readonly FileModel[], texts: ReadonlyMap<string, string>): ServerFramework {
  const libs = new Set(models.flatMap(m => m.sites.map(s => s.framework)));
  if (libs.has('django-cors-headers')) return 'django';
  if (libs.has('flask-cors')) return 'flask';
  if (libs.has('starlette')) return 'starlette';
  if (libs.has('nestjs')) return 'nest';
  if (libs.has('fastify-cors')) return 'fastify';
  if (libs.has('koa-cors')) return 'koa';
  if (libs.has('express-cors')) return 'express';
  const all = models.map(m => texts.get(norm(m.file)) ?? '').join('\n');
  if (/\bfrom flask import|\bimport flask\b/.test(all)) return 'flask';
  if (/\bfrom (fastapi|starlette)\b/.test(all)) return 'starlette';
  if (/\bdjango\b/.test(all)) return 'django';
  if (/require\(['"]express['"]\)|from ['"]express['"]/.test(all)) return 'express';
  if (/require\(['"]koa['"]\)|from ['"]koa['"]/.test(all)) return 'koa';
  if (/fastify/.test(all)) return 'fastify';
  if (/require\(['"](node:)?http['"]\)|from ['"](node:)?http['"]/.test(all)) return 'node';
  return 'unknown';
}

const DEFAULTS: Partial<Record<ServerFramework, { port: number; how: string }>> = {
  flask: { port: 5000, how: "Flask's default port (nothing in the project sets one)" },
  django: { port: 8000, how: "Django's runserver default port (nothing in the project sets one)" },
  starlette: { port: 8000, how: "uvicorn's default port (nothing in the project sets one)" },
};

/** Back ends with at least one CORS site; files without sites still contribute ports (package.json, .env, manage.py). */
export function findBackends(models: readonly FileModel[], files: readonly SourceFile[]): Backend[] {
  const known = new Set(files.map(f => norm(f.file)));
  for (const m of models) known.add(norm(m.file));
  const texts = new Map(files.map(f => [norm(f.file), f.text]));
  const groups = new Map<string, FileModel[]>();
  for (const m of models) {
    if (m.sites.length === 0) continue;
    const root = rootOf(m.file, known, m.language === 'python');
    groups.set(root, [...(groups.get(root) ?? []), m]);
  }
  const roots = [...groups.keys()];
  // A file belongs to the deepest back-end root above it.
  const ownerOf = (file: string) => roots.filter(r => r === '.' || norm(file).startsWith(r + '/')).sort((a, b) => b.length - a.length)[0];
  const ports = new Map<string, PortDecl[]>();
  const sources = new Map<string, SourceFile[]>();
  for (const f of files) {
    const owner = ownerOf(f.file);
    if (owner === undefined) continue;
    sources.set(owner, [...(sources.get(owner) ?? []), f]);
    const found = portsIn(f);
    if (found.length) ports.set(owner, [...(ports.get(owner) ?? []), ...found]);
  }
  return roots.map(root => {
    const ms = groups.get(root)!;
    const framework = frameworkOf(ms, texts);
    const written = ports.get(root) ?? [];
    // .env and command lines first: they override what the code falls back to.
    const rank = (p: PortDecl) => (p.isDefault ? 3 : p.how.startsWith('.env') ? 0 : /\.(py|[cm]?[jt]sx?)$/.test(p.file) ? 2 : 1);
    const sorted = [...written].sort((a, b) => rank(a) - rank(b));
    const dflt = DEFAULTS[framework];
    const withDefault = sorted.length === 0 && dflt
      ? [{ port: dflt.port, file: ms[0].file, range: ms[0].sites[0].range, how: dflt.how, isDefault: true }]
      : sorted;
    return { root, framework, ports: withDefault, sites: ms.flatMap(m => m.sites.map(site => ({ site, file: m.file }))), models: ms, sources: sources.get(root) ?? [] };
  });
}
