// flask-cors: CORS(app, ...), CORS() + init_app, resources dicts, @cross_origin, app.config["CORS_*"].
// Access-Control-* headers written by hand (after_request hooks, views) are hand-written-py.ts's.
import { flaskChains, type FlaskCorsCall } from '../app/flask';
import type { CorsSite } from '../model/policy';
import { ancestors, namedChildren, rangeOf, type Node } from '../parse/nodes';
import { nodesOfType } from '../parse/tree-index';
import { keywordArgs, positionalArgs, type PyValue } from '../values/python';
import type { ExtractContext, Extractor } from './extractor';
import { configOptionName, flaskSite, type SiteShape } from './flask/options';
import {
  calleeText, callOptions, dictOptions, importedNames, isDevGuarded, mergeOptions,
  routeOf, Scopes, stringValue, type CallOptions, type Opt,
} from './python-shared';

interface ConfigWrite {
  /** The app whose config it is, as written (`app`, `self.app`). */
  readonly target: string;
  readonly option: string;
  readonly opt: Opt;
  readonly at: number;
}

/**
 * `app.config["CORS_X"] = v`, `app.config.update(CORS_X=v)` / `update({...})`, `app.config.from_mapping(...)`,
 * `app.config.from_object(Config)` with Config a class in this file.
 */
function configWrites(root: Node, scopes: Scopes): ConfigWrite[] {
  const out: ConfigWrite[] = [];
  const isConfig = (n: Node | null) => n?.type === 'attribute' && n.childForFieldName('attribute')?.text === 'config';
  const targetOf = (config: Node | null) => config?.childForFieldName('object')?.text ?? '';
  const add = (target: string, key: string, opt: Opt, at: number) => {
    const option = configOptionName(key);
    if (option) out.push({ target, option, opt: { ...opt, name: key }, at });
  };
  for (const node of nodesOfType(root, 'assignment', 'call')) {
    if (node.type === 'assignment') {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      const key = left?.type === 'subscript' && isConfig(left.childForFieldName('value')) ? stringValue(left.childForFieldName('subscript')) : undefined;
      if (key && right) add(targetOf(left!.childForFieldName('value')), key, { name: key, value: scopes.at(node).eval(right), written: right }, node.startIndex);
      continue;
    }
    const fn = node.childForFieldName('function');
    const method = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : undefined;
    if (!fn || !isConfig(fn.childForFieldName('object'))) continue;
    if (method === 'from_object') {
      const target = targetOf(fn.childForFieldName('object'));
      for (const [key, opt] of objectSettings(positionalArgs(node)[0], scopes)) add(target, key, opt, node.startIndex);
      continue;
    }
    if (method !== 'update' && method !== 'from_mapping') continue;
    const scope = scopes.at(node);
    const dict = positionalArgs(node)[0];
    const value = dict && scope.eval(dict);
    const target = targetOf(fn.childForFieldName('object'));
    if (value?.kind === 'dict') for (const [key, opt] of dictOptions(value)) add(target, key, opt, node.startIndex);
    for (const [key, opt] of callOptions(node, scope).opts) add(target, key, opt, node.startIndex);
  }
  return out;
}

/**
 * The upper-case attributes `app.config.from_object(x)` copies: from a class here or imported, or
 * named by an import string (`"config.ProductionConfig"`), base classes first.
 */
function objectSettings(arg: Node | undefined, scopes: Scopes): Map<string, Opt> {
  const out = new Map<string, Opt>();
  const scope = arg && scopes.at(arg);
  const name = arg && stringValue(arg);
  const cls = name !== undefined ? scope?.classNamed(name) : arg && scope?.classOf(arg);
  if (!scope || !cls) return out;
  for (const [key, { value, written }] of scope.classAttributes(cls)) {
    if (/^[A-Z][A-Z0-9_]*$/.test(key)) out.set(key, { name: key, value, written });
  }
  return out;
}

/**
 * `app.config` as flask-cors reads it when `at` runs (the last write of each key wins); `app` is the
 * application as written, or undefined for `current_app` (the decorator).
 */
function configAt(writes: readonly ConfigWrite[], at: number, app?: string): Map<string, Opt> {
  const out = new Map<string, Opt>();
  for (const w of writes) if (w.at < at && (app === undefined || w.target === app)) out.set(w.option, w.opt);
  return out;
}

function resourcePattern(key: PyValue): string | undefined {
  return key.kind === 'str' ? key.value : key.kind === 'regex' ? key.pattern : undefined;
}

/**
 * flask-cors' `parse_resources` takes a dict, a string, an iterable or a compiled pattern and raises
 * ValueError("Unexpected value for resources argument.") for anything else: `CORS(app, resources=0)`,
 * `resources=True` or `None` (from the call or `CORS_RESOURCES`) stops the app at start-up, so the
 * call configures nothing, least of all the default `*`.
 */
function resourcesRaise(opts: ReadonlyMap<string, Opt>): boolean {
  const kind = opts.get('resources')?.value.kind;
  return kind === 'num' || kind === 'bool' || kind === 'none';
}

/**
 * One site per resource: resource options override the call's, which override app.config
 * (`get_cors_options(app, options, resource_opts)` in flask_cors/extension.py).
 */
function resourceSites(opts: Map<string, Opt>, base: SiteShape): CorsSite[] {
  const v = opts.get('resources')?.value;
  if (!v) return [flaskSite(opts, base)];
  const scope = (key: PyValue): SiteShape['scope'] => {
    const pattern = resourcePattern(key);
    return pattern === undefined ? base.scope : { kind: 'path-pattern', pattern };
  };
  if (v.kind === 'dict') {
    return v.entries.map(entry => {
      const isDict = entry.value.kind === 'dict';
      const own = entry.value.kind === 'dict' ? dictOptions(entry.value) : new Map<string, Opt>();
      return flaskSite(mergeOptions(opts, own), {
        ...base,
        scope: scope(entry.key),
        range: rangeOf(entry.node),
        opaque: isDict ? base.opaque : entry.value.node,
      });
    });
  }
  // A pattern or a list of patterns: app-wide options on each.
  return (v.kind === 'seq' ? v.items : [v]).map(item => flaskSite(opts, { ...base, scope: scope(item) }));
}

export const flaskCors: Extractor = {
  id: 'flask-cors',
  languages: ['python'],
  // `CORS(app)` may come through a star import (`from settings import *`) that never names flask_cors here.
  mentions: text => /flask_cors|cross_origin|CORS_|\bCORS\s*\(/.test(text),
  extract(root: Node, ctx: ExtractContext) {
    const scopes = Scopes.of(root);
    const config = configWrites(root, scopes);
    const calls = nodesOfType(root, 'call');
    const isCors = flaskCorsCallee(root, 'CORS', 'extension');
    const isCrossOrigin = flaskCorsCallee(root, 'cross_origin', 'decorator');
    const sites: CorsSite[] = [];

    // `cors = CORS(**options)` kept for a later `cors.init_app(app, ...)`.
    const constructors = new Map<string, Node>();
    for (const call of calls.filter(isCors)) {
      const parent = call.parent;
      const left = parent?.type === 'assignment' ? parent.childForFieldName('left') : null;
      if (left && (left.type === 'identifier' || left.type === 'attribute')) constructors.set(left.text, call);
    }

    const corsCalls: FlaskCorsCall[] = [];
    const addSites = (applied: Node, app: Node, layers: CallOptions[]) => {
      const options = mergeOptions(configAt(config, applied.startIndex, app.text), ...layers.map(l => l.opts));
      if (resourcesRaise(options)) return;
      const opaque = layers.map(l => l.opaque).find(Boolean);
      const base: SiteShape = {
        scope: { kind: 'app' },
        range: rangeOf(applied),
        devOnly: ctx.devFile || isDevGuarded(applied),
        opaque,
      };
      sites.push(...resourceSites(options, base));
      corsCalls.push({ app: app.text, range: rangeOf(applied) });
    };

    for (const call of calls) {
      if (isCors(call)) {
        const app = positionalArgs(call)[0] ?? keywordArg(call, 'app');
        if (app) addSites(call, app, [callOptions(call, scopes.at(call), ['app'])]);
        continue;
      }
      const fn = call.childForFieldName('function');
      if (fn?.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'init_app') continue;
      const target = fn.childForFieldName('object');
      const ctor = target?.type === 'call' && isCors(target) ? target : target && constructors.get(target.text);
      const app = positionalArgs(call)[0] ?? keywordArg(call, 'app');
      if (!ctor || !app) continue;
      addSites(call, app, [callOptions(ctor, scopes.at(ctor), ['app']), callOptions(call, scopes.at(call), ['app'])]);
    }

    for (const dec of nodesOfType(root, 'decorator')) {
      const call = dec.namedChild(0);
      if (call?.type !== 'call' || !isCrossOrigin(call)) continue;
      const decorated = dec.parent;
      const route = decorated?.type === 'decorated_definition' ? routeOf(decorated) : undefined;
      const { opts, opaque } = callOptions(call, scopes.at(call));
      // The decorator reads current_app.config per request, so every write in the file counts; the
      // app the route is declared on, when its config is written here (a blueprint's is not).
      const app = route && config.some(w => w.target === route.target) ? route.target : undefined;
      sites.push(flaskSite(mergeOptions(configAt(config, Number.MAX_SAFE_INTEGER, app), opts), {
        scope: { kind: 'route', pattern: route?.path },
        range: rangeOf(dec),
        devOnly: ctx.devFile || (decorated ? isDevGuarded(decorated) : false),
        opaque,
      }));
    }

    return { sites, wiring: [], settings: [], apps: flaskChains(root, corsCalls) };
  },
};

/**
 * Whether a call calls flask-cors's `symbol`: `symbol` imported from flask_cors (or its `submodule`),
 * under its own name or an alias, or the plain name (star imports, re-exports) unless another module
 * or a local `def` binds it; or `m.symbol` with `m` the module (`import flask_cors`,
 * `import flask_cors as fc`, `from flask_cors import decorator`). Another object's method of the same
 * name (`limiter.cross_origin()`) is not flask-cors.
 */
function flaskCorsCallee(root: Node, symbol: string, submodule: string): (call: Node) => boolean {
  const own = new RegExp(`^flask_cors(\\.${submodule})?$`);
  const names = importedNames(root, own, symbol);
  const modules = new Set(['flask_cors', `flask_cors.${submodule}`]);
  // A module-level `def cross_origin` (not a method) or `from elsewhere import cross_origin` takes the plain name.
  let shadowed = nodesOfType(root, 'function_definition')
    .some(f => f.childForFieldName('name')?.text === symbol && !ancestors(f).some(a => a.type === 'class_definition'));
  let explicit = false;
  for (const imp of nodesOfType(root, 'import_statement', 'import_from_statement')) {
    const moduleName = imp.childForFieldName('module_name');
    const from = imp.type === 'import_from_statement' ? moduleName?.text ?? '' : undefined;
    for (const child of namedChildren(imp)) {
      if ((child.type !== 'dotted_name' && child.type !== 'aliased_import') || (moduleName && child.equals(moduleName))) continue;
      const name = child.type === 'aliased_import' ? child.childForFieldName('name')?.text ?? '' : child.text;
      const local = child.type === 'aliased_import' ? child.childForFieldName('alias')?.text ?? name : name;
      const full = from === undefined ? name : `${from}.${name}`;
      if (full === 'flask_cors' || full === `flask_cors.${submodule}`) modules.add(local);
      else if (from !== undefined && local === symbol) (own.test(from) ? (explicit = true) : (shadowed = true));
    }
  }
  return call => {
    const callee = calleeText(call);
    const dot = callee.lastIndexOf('.');
    if (dot < 0) return names.has(callee) && (callee !== symbol || explicit || !shadowed);
    return callee.slice(dot + 1) === symbol && modules.has(callee.slice(0, dot));
  };
}

function keywordArg(call: Node, name: string): Node | undefined {
  return keywordArgs(call).get(name);
}
