// django-cors-headers: one CorsSite per settings module that writes CORS_* settings, read the way
// corsheaders/conf.py and middleware.py read them, plus MIDDLEWARE / INSTALLED_APPS as wiring facts.
// Split settings (`from .base import *`) are merged in; inherited values point at the import statement.
import type { CorsSite, Located, OrderedEntry, OriginEntry, OriginPolicy, SettingUse, ValueSource, WiringFact } from '../model/policy';
import type { Range } from '../model/range';
import { rangeOf, type Node } from '../parse/nodes';
import { nodesOfType } from '../parse/tree-index';
import type { PyValue } from '../values/python';
import {
  ALLOW_ALL, ALLOW_HEADERS, ALLOWED_ORIGINS, ALLOWED_REGEXES, CREDENTIALS, DEFAULT_ALLOW_HEADERS, DEFAULT_MAX_AGE,
  DEFAULT_METHODS, DJANGO_ONLY_SETTINGS, EXPOSE_HEADERS, INSTALLED_APPS, MAX_AGE, METHODS, MIDDLEWARE_NAMES,
  POST_CSRF_MIDDLEWARE, URLS_REGEX,
} from './django/settings-names';
import { SettingsModule } from './django/settings-module';
import { emptyExtraction, type ExtractContext, type Extraction, type Extractor } from './extractor';
import { truthy, writtenAs } from './python-shared';

const LIBRARY_DEFAULT: ValueSource = { kind: 'library-default' };
/** A module importing one of these is an app, not Django settings, whatever its variables are called. */
const NOT_DJANGO = new Set(['flask', 'flask_cors', 'fastapi', 'starlette']);

/** One setting as the module leaves it. */
interface Setting {
  readonly name: string;
  readonly value: PyValue;
  /** Where the value is written: the right-hand side of the last `=`, or the `import *` that brought it. */
  readonly range: Range;
  readonly source: ValueSource;
  readonly devOnly: boolean;
}

export const djangoCorsHeaders: Extractor = {
  id: 'django-cors-headers',
  languages: ['python'],
  mentions: text => /CORS_|corsheaders|MIDDLEWARE|INSTALLED_APPS/.test(text),
  extract(root, ctx) {
    if (importsNonDjangoFramework(root)) return emptyExtraction();
    const mod = new SettingsModule(root, ctx.file, ctx.resolveModule);
    const djangoNames = [...MIDDLEWARE_NAMES, INSTALLED_APPS, ...DJANGO_ONLY_SETTINGS];
    if (!djangoNames.some(n => mod.has(n))) return emptyExtraction();
    return extractSettings(mod, ctx);
  },
};

function extractSettings(mod: SettingsModule, ctx: ExtractContext): Extraction {
  const corsWrites = mod.scope.names().filter(n => n.startsWith('CORS_')).flatMap(n => mod.ownWrites(n))
    .sort((a, b) => a.at - b.at);
  const out = emptyExtraction();
  out.settings.push(...corsWrites.map(settingUse).filter((u): u is SettingUse => u !== undefined));
  out.settings.push(...shadowingImports(mod));

  // A module that writes no CORS_* setting leaves its CORS policy to the module it imports, which
  // reports it. Wiring is judged together (apps against middleware against settings), so a module
  // that writes any of the three gets both lists, inherited parts included.
  const site = corsWrites.length > 0 ? buildSite(mod, ctx, corsWrites[0].statement, corsWrites[corsWrites.length - 1].statement) : undefined;
  if (site) out.sites.push(site);
  const middlewareName = MIDDLEWARE_NAMES.find(n => mod.has(n));
  const wiringNames = [INSTALLED_APPS, ...(middlewareName ? [middlewareName] : [])];
  if (!site && wiringNames.every(n => mod.ownWrites(n).length === 0)) return out;

  if (middlewareName) {
    const fact = orderedFact(mod, middlewareName, 'django-middleware', e => e.name === 'corsheaders.middleware.CorsMiddleware');
    if (fact) {
      out.wiring.push(fact);
      out.settings.push(...postCsrfUses(fact.entries, mod, middlewareName));
    }
  }
  if (mod.has(INSTALLED_APPS)) {
    const fact = orderedFact(mod, INSTALLED_APPS, 'django-installed-apps', e => e.name === 'corsheaders' || e.name.startsWith('corsheaders.'));
    if (fact) out.wiring.push(fact);
  }
  return out;
}

function buildSite(mod: SettingsModule, ctx: ExtractContext, first: Node, last: Node): CorsSite {
  const get = (name: string) => setting(mod, name);
  const allowAll = firstSet(get, ALLOW_ALL);
  const list = firstSet(get, ALLOWED_ORIGINS);
  const regexes = firstSet(get, ALLOWED_REGEXES);
  // Library defaults are not written anywhere: they point at the end of the CORS settings.
  const nowhere: Range = { start: last.endIndex, end: last.endIndex };

  const entries: OriginEntry[] = [];
  const allowsAll = allowAll ? truthy(allowAll.value) : false;
  // "True" or 1 stops the server at check E005 and allows everyone where checks do not run: non-boolean-option says so.
  const notABool = allowAll && (allowAll.value.kind === 'str' || allowAll.value.kind === 'num') && allowAll.source.kind === 'literal';
  if (allowAll && allowsAll !== false) {
    entries.push(notABool
      ? { kind: 'dynamic', range: allowAll.range, source: allowAll.source, how: `${allowAll.name} is not a bool (check corsheaders.E005)` }
      : allowAllEntry(allowAll, allowsAll));
  }
  if (list) entries.push(...originEntries(list));
  if (regexes) entries.push(...regexEntries(regexes));

  // The setting that decides who may call: all-origins when it is on, else the lists.
  const decisive = allowAll && allowsAll !== false ? allowAll : list ?? regexes;
  const origins: OriginPolicy = decisive
    ? { entries, range: decisive.range, source: decisive.source, option: decisive.name, notAList: list?.value.kind === 'str' ? list.range : undefined }
    : { entries, source: LIBRARY_DEFAULT, option: ALLOWED_ORIGINS[0] };

  const urls = get(URLS_REGEX);
  const pattern = urls && (urls.value.kind === 'str' ? urls.value.value : urls.value.kind === 'regex' ? urls.value.pattern : undefined);
  return {
    framework: 'django-cors-headers',
    scope: urls ? { kind: 'path-pattern', pattern } : { kind: 'app' },
    range: { start: first.startIndex, end: last.endIndex },
    origins,
    credentials: credentials(get(CREDENTIALS), nowhere),
    credentialsWritten: credentialsWritten(get(CREDENTIALS)),
    ...(allowAll && notABool ? { allOriginsWritten: { ...credentialsWritten(allowAll)!, option: allowAll.name } } : {}),
    methods: orDefault(get(METHODS), stringList, DEFAULT_METHODS, nowhere),
    allowHeaders: orDefault(get(ALLOW_HEADERS), stringList, DEFAULT_ALLOW_HEADERS, nowhere),
    exposeHeaders: orDefault(get(EXPOSE_HEADERS), stringList, [], nowhere),
    maxAge: orDefault(get(MAX_AGE), maxAge, DEFAULT_MAX_AGE, nowhere),
    // patch_vary_headers(response, ("Origin",)) on every response of an enabled path.
    varyOrigin: true,
    devOnly: ctx.devFile || (decisive?.devOnly ?? false),
  };
}

function setting(mod: SettingsModule, name: string): Setting | undefined {
  const value = mod.scope.lookup(name);
  const last = mod.lastAssign(name);
  if (!value || !last) return undefined;
  // lookup() reports a plain literal as "from CORS_X"; for the setting itself that is just a literal.
  const source: ValueSource = value.source.kind === 'variable' && value.source.name === name ? { kind: 'literal' } : value.source;
  // A value imported from another module (`from .cors import CORS_X` then `CORS_X = CORS_X`) is judged where it is written.
  const at = last.imported ? last.statement : value.node.tree !== last.value.tree ? value.node : last.value;
  return { name, value, range: rangeOf(at), source, devOnly: mod.devOnly(name) };
}

/** conf.py: `getattr(settings, NEW, getattr(settings, OLD, default))`: the current name wins when set. */
function firstSet(get: (name: string) => Setting | undefined, names: readonly string[]): Setting | undefined {
  for (const name of names) {
    const s = get(name);
    if (s) return s;
  }
  return undefined;
}

/** middleware.py tests the setting's truthiness, so the string "False" from the environment allows all. */
function allowAllEntry(s: Setting, allows: boolean | undefined): OriginEntry {
  if (allows) return { kind: 'any', range: s.range, source: s.source };
  return { kind: 'dynamic', range: s.range, source: s.source, how: `${s.name} is computed at run time` };
}

function originEntries(s: Setting): OriginEntry[] {
  const v = s.value;
  if (v.kind !== 'seq') {
    // A string is iterated one character at a time: `("https://a.example",)` without its comma.
    const how = v.kind === 'str' ? `${s.name} is a string, not a list, so each character is read as an origin` : `${s.name} is computed at run time`;
    return [{ kind: 'dynamic', range: s.range, source: s.source, how }];
  }
  return v.items.map((item): OriginEntry => {
    const range = rangeOf(item.node);
    const source = itemSource(item, s);
    if (item.kind !== 'str') return { kind: 'dynamic', range, source, how: `an entry of ${s.name} is computed at run time` };
    // origin_found_in_white_lists: "null" matches only when listed literally.
    if (item.value === 'null') return { kind: 'null', range, source };
    return { kind: 'exact', value: item.value, range, source };
  });
}

function regexEntries(s: Setting): OriginEntry[] {
  const v = s.value;
  if (v.kind === 'str') {
    // Each character becomes a pattern for re.match: `^`, `.` and `h` each match every http(s) origin.
    return /[\^.h]/.test(v.value)
      ? [{ kind: 'any', range: s.range, source: s.source }]
      : [{ kind: 'dynamic', range: s.range, source: s.source, how: `${s.name} is a string, not a list, so each character is used as a pattern` }];
  }
  if (v.kind !== 'seq') return [{ kind: 'dynamic', range: s.range, source: s.source, how: `${s.name} is computed at run time` }];
  return v.items.map((item): OriginEntry => {
    const range = rangeOf(item.node);
    const source = itemSource(item, s);
    if (item.kind === 'str') return { kind: 'regex', pattern: item.value, flags: '', range, source };
    if (item.kind === 'regex') return { kind: 'regex', pattern: item.pattern, flags: item.flags, range, source };
    return { kind: 'dynamic', range, source, how: `an entry of ${s.name} is computed at run time` };
  });
}

/** The library default when the setting is not written; undefined when it is written but unreadable. */
function orDefault<T>(s: Setting | undefined, read: (s: Setting) => Located<T> | undefined, value: T, nowhere: Range): Located<T> | undefined {
  return s ? read(s) : { value, range: nowhere, source: LIBRARY_DEFAULT };
}

/** An entry of a named list says so (`from FRONT_ENDS`); env defaults and inherited entries carry their own source. */
function itemSource(item: PyValue, s: Setting): ValueSource {
  return item.source.kind === 'literal' && s.source.kind === 'variable' ? s.source : item.source;
}

function credentials(s: Setting | undefined, nowhere: Range): Located<boolean> | undefined {
  return orDefault(s, written => {
    const value = truthy(written.value);
    return value === undefined ? undefined : { value, range: written.range, source: written.source };
  }, false, nowhere);
}

/** As written; an inherited setting points at the import (its module reports the value itself). */
function credentialsWritten(s: Setting | undefined): CorsSite['credentialsWritten'] {
  if (!s) return undefined;
  const w = writtenAs(s.value);
  return { ...w, range: s.source.kind === 'other-file' ? s.range : w.range, source: s.source };
}

/** `", ".join(setting)`: a list of strings, and a bare string by its characters (as Python iterates it). */
function stringList(s: Setting): Located<readonly string[]> | undefined {
  const v = s.value;
  if (v.kind === 'str') return { value: [...v.value], range: s.range, source: s.source };
  if (v.kind !== 'seq') return undefined;
  const value = v.items.flatMap(i => (i.kind === 'str' ? [i.value] : []));
  return { value, range: s.range, source: s.source };
}

function maxAge(s: Setting): Located<number> | undefined {
  return s.value.kind === 'num' ? { value: s.value.value, range: s.range, source: s.source } : undefined;
}

/**
 * MIDDLEWARE / INSTALLED_APPS as the module leaves it. A list with an entry we cannot evaluate is
 * left out unless `wanted` is visibly there: the missing entry might be the one hidden.
 */
function orderedFact(
  mod: SettingsModule, name: string, kind: 'django-middleware' | 'django-installed-apps', wanted: (e: OrderedEntry) => boolean,
): WiringFact | undefined {
  const s = setting(mod, name);
  if (s?.value.kind !== 'seq') return undefined;
  const entries = s.value.items.flatMap(i => (i.kind === 'str' ? [{ name: i.value, range: rangeOf(i.node) }] : []));
  if (entries.length < s.value.items.length && !entries.some(wanted)) return undefined;
  // Extended here (`+=`, `.insert`): this file's order to answer for, even if the list began elsewhere.
  const source = s.source.kind === 'other-file' && mod.ownWrites(name).length > 0 ? { kind: 'literal' as const } : s.source;
  return { kind, range: s.range, entries, source };
}

/** CorsPostCsrfMiddleware written in this file's MIDDLEWARE (inherited entries are the base's to report). */
function postCsrfUses(entries: readonly OrderedEntry[], mod: SettingsModule, name: string): SettingUse[] {
  const imports = new Set(mod.scope.writes(name).filter(w => w.imported).map(w => w.statement.startIndex));
  return entries
    .filter(e => e.name === POST_CSRF_MIDDLEWARE && !imports.has(e.range.start))
    .map(e => ({ name: e.name, range: e.range, nameRange: e.range }));
}

/** `CORS_X = ...`, `CORS_X += ...`, `CORS_X.append(...)`: the statement and the name as written. */
function settingUse(write: { name: string; statement: Node }): SettingUse | undefined {
  const expr = write.statement.namedChild(0);
  const target = expr?.type === 'call'
    ? expr.childForFieldName('function')?.childForFieldName('object')
    : expr?.childForFieldName('left');
  if (target?.type !== 'identifier') return undefined;
  return { name: write.name, range: rangeOf(write.statement), nameRange: rangeOf(target) };
}

/**
 * An old name written here loses to the current name inherited through `import *`; the import is
 * reported as a use of the current name so deprecated-setting can tell the alias is ignored.
 */
function shadowingImports(mod: SettingsModule): SettingUse[] {
  return [ALLOW_ALL, ALLOWED_ORIGINS, ALLOWED_REGEXES].flatMap(([current, alias]) => {
    const last = mod.lastAssign(current);
    if (!last?.imported || mod.ownWrites(current).length > 0 || mod.ownWrites(alias).length === 0) return [];
    return [{ name: current, range: rangeOf(last.statement), nameRange: rangeOf(last.statement) }];
  });
}

function importsNonDjangoFramework(root: Node): boolean {
  return nodesOfType(root, 'import_statement', 'import_from_statement').some(imp => {
    const names = imp.type === 'import_from_statement'
      ? [imp.childForFieldName('module_name')]
      : imp.childrenForFieldName('name').map(n => (n?.type === 'aliased_import' ? n.childForFieldName('name') : n));
    return names.some(n => NOT_DJANGO.has(n?.text.split('.')[0] ?? ''));
  });
}
