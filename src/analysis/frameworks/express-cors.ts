// expressjs/cors and the libraries that share its options: `app.use(cors(opts))`, per-route
// `cors()`, NestJS `app.enableCors(opts)` / `NestFactory.create(M, { cors })`, @fastify/cors
// `fastify.register(cors, opts)`, @koa/cors `app.use(cors(opts))`.
import { expressChains } from '../app/express';
import type { CorsSite, Scope, WiringFact } from '../model/policy';
import { rangeOf, type Node } from '../parse/nodes';
import { callArgs, unwrap, type JsScope } from '../values/javascript';
import type { ExtractContext, Extractor } from './extractor';
import { readPolicy, type JsCorsLibrary } from './js/cors-options';
import { inDevelopmentBlock } from './js/dev-only';
import { corsBindings, libraryOfModule } from './js/imports';
import { appNames, placementOf, registrations, type AppNames } from './js/registrations';
import { memberCall } from './js/syntax';
import { treeIndex, type TreeIndex } from './js/tree-index';

interface Found {
  readonly lib: JsCorsLibrary;
  readonly call: Node;
  readonly options: Node | undefined;
  /** What a finding about an unwritten `origin` underlines (`cors: true` rather than the whole create call). */
  readonly defaultAt: Node;
  readonly scope: Scope;
}

export const expressCors: Extractor = {
  id: 'express-cors',
  languages: ['javascript', 'typescript', 'tsx'],
  mentions: text => /cors/i.test(text),
  extract(root, ctx) {
    const index = treeIndex(root);
    const bindings = corsBindings(index);
    const names = appNames(index);
    const scope = index.scope;
    // Middleware values: the cors(...) calls themselves and names holding one (`const corsMw = cors(opts)`).
    const middlewareCalls = new Set<number>();
    const middlewareNames = new Map<string, Node>();
    const found: Found[] = [];
    const nestLib: JsCorsLibrary = /\bFastifyAdapter\b/.test(ctx.text) ? 'fastify-cors' : 'nestjs';

    for (const call of index.of('call_expression')) {
      const fn = call.childForFieldName('function');
      const args = callArgs(call);
      const factory = fn && (fn.type === 'identifier' ? bindings.get(fn.text) : libraryOfModule(fn));
      if (factory === 'express-cors' || factory === 'koa-cors') {
        middlewareCalls.add(call.id);
        const holder = call.parent?.type === 'variable_declarator' ? call.parent.childForFieldName('name') : undefined;
        if (holder?.type === 'identifier') middlewareNames.set(holder.text, call);
        found.push({ lib: factory, call, options: args[0], defaultAt: call, scope: mountedScope(call, holder, index, names) });
        continue;
      }
      const m = memberCall(call);
      if (!m) continue;
      if (m.property === 'register' && args[0] && registersFastifyCors(args[0], bindings)) {
        found.push({ lib: 'fastify-cors', call, options: args[1], defaultAt: call, scope: { kind: 'app' } });
      } else if (m.property === 'enableCors') {
        found.push({ lib: nestLib, call, options: args[0], defaultAt: call, scope: { kind: 'app' } });
      } else if (m.property === 'create' && m.object.text === 'NestFactory') {
        const nest = nestCreateOption(call, scope);
        if (nest) found.push({ lib: nestLib, call, options: nest, defaultAt: nest.parent ?? nest, scope: { kind: 'app' } });
      }
    }

    found.push(...typedOptions(index, found, nestLib));
    const sites = found.sort((a, b) => a.call.startIndex - b.call.startIndex).map(f => toSite(f, scope, root, ctx));
    const corsCall = (n: Node) => {
      const u = unwrap(n);
      return middlewareCalls.has(u.id) ? u : u.type === 'identifier' ? middlewareNames.get(u.text) : undefined;
    };
    const isCors = (n: Node) => corsCall(n) !== undefined;
    const wiring: WiringFact[] = found.some(f => f.lib === 'express-cors' || f.lib === 'koa-cors') ? registrations(index, names, isCors) : [];
    // Koa's chain differs (no automatic OPTIONS, a router's allowedMethods); only Express's is read.
    const apps = found.some(f => f.lib === 'express-cors') && !found.some(f => f.lib === 'koa-cors') ? expressChains(index, names, corsCall) : [];
    return { sites, wiring, settings: [], ...(apps.length ? { apps } : {}) };
  },
};

function toSite(f: Found, scope: JsScope, root: Node, ctx: ExtractContext): CorsSite {
  const policy = readPolicy(f.lib, f.options, rangeOf(f.defaultAt), scope);
  return {
    framework: f.lib,
    scope: f.scope,
    range: rangeOf(f.call),
    ...policy,
    // expressjs/cors and @fastify/cors add `Vary: Origin` unless they answer `*`; @koa/cors always does.
    varyOrigin: f.lib === 'koa-cors' || policy.origins.entries.some(e => e.kind !== 'any'),
    devOnly: ctx.devFile || inDevelopmentBlock(f.call, root),
  };
}

/** The scope of a cors(...) value, following `const corsMw = cors(opts)` to where corsMw is mounted. */
function mountedScope(call: Node, holder: Node | null | undefined, index: TreeIndex, names: AppNames): Scope {
  if (holder?.type !== 'identifier') return placementOf(call, names);
  const use = firstPassed(index).get(holder.text);
  return use ? placementOf(use, names) : { kind: 'app' };
}

const passedCache = new WeakMap<TreeIndex, Map<string, Node>>();

/** Per tree: the first call argument that is each name (`app.use(corsMw)`), built once for all the file's cors() values. */
function firstPassed(index: TreeIndex): Map<string, Node> {
  let byName = passedCache.get(index);
  if (!byName) {
    byName = new Map();
    for (const call of index.of('call_expression')) {
      for (const a of callArgs(call)) if (a.type === 'identifier' && !byName.has(a.text)) byName.set(a.text, a);
    }
    passedCache.set(index, byName);
  }
  return byName;
}

function registersFastifyCors(plugin: Node, bindings: Map<string, JsCorsLibrary>): boolean {
  const n = unwrap(plugin);
  return (n.type === 'identifier' && bindings.get(n.text) === 'fastify-cors') || libraryOfModule(n) === 'fastify-cors';
}

/** `NestFactory.create(AppModule, [adapter,] { cors: X })` → X. */
function nestCreateOption(call: Node, scope: JsScope): Node | undefined {
  for (const arg of callArgs(call).slice(1)) {
    const v = scope.eval(arg);
    if (v.kind !== 'object') continue;
    const p = v.props.find(q => q.key === 'cors');
    if (p) return p.node.type === 'pair' ? p.node.childForFieldName('value') ?? undefined : p.node;
  }
  return undefined;
}

const OPTION_TYPES: Readonly<Record<string, JsCorsLibrary>> = { CorsOptions: 'express-cors', FastifyCorsOptions: 'fastify-cors' };

/**
 * `export const corsOptions: CorsOptions = {...}` in a config module that hands the object to cors
 * in another file; objects passed to a cors call here are read at that call instead.
 */
function typedOptions(index: TreeIndex, found: readonly Found[], nestLib: JsCorsLibrary): Found[] {
  const passed = new Set(found.flatMap(f => (f.options && unwrap(f.options).type === 'identifier' ? [unwrap(f.options).text] : [])));
  return index.of('variable_declarator').flatMap(decl => {
    const name = decl.childForFieldName('name');
    const value = decl.childForFieldName('value');
    const typeName = /\b(FastifyCorsOptions|CorsOptions)\b/.exec(decl.childForFieldName('type')?.text ?? '')?.[1];
    if (!typeName || !value || name?.type !== 'identifier' || passed.has(name.text)) return [];
    const from = index.of('import_statement').find(i => new RegExp(`\\b${typeName}\\b`).test(i.text));
    const lib = /['"]@nestjs\//.test(from?.text ?? '') ? nestLib : OPTION_TYPES[typeName];
    return [{ lib, call: decl, options: value, defaultAt: value, scope: { kind: 'app' } }];
  });
}
