// Starlette / FastAPI CORSMiddleware: `app.add_middleware(CORSMiddleware, ...)`,
// `Middleware(CORSMiddleware, ...)` (in `middleware=[...]`), `CORSMiddleware(app, ...)`. Headers written
// by hand in an `@app.middleware("http")` function or a route are hand-written-py.ts's.
// Semantics read from starlette/middleware/cors.py (0.26.1, unchanged in 0.47).
import type { CorsSite, OriginEntry, OriginPolicy } from '../model/policy';
import type { Range } from '../model/range';
import { rangeOf, type Node } from '../parse/nodes';
import { nodesOfType } from '../parse/tree-index';
import { keywordArgs, positionalArgs, type PyValue } from '../values/python';
import type { ExtractContext, Extractor } from './extractor';
import {
  calleeName, callOptions, importedNames, isDevGuarded, literalRange, locatedBool, locatedList, locatedNumber,
  Scopes, sourceOf, writtenOpt, type Opt,
} from './python-shared';

function originEntry(item: PyValue, container: PyValue): OriginEntry {
  const range = rangeOf(item.node);
  const source = sourceOf(item, container);
  if (item.kind !== 'str') {
    return { kind: 'dynamic', range, source, how: source.kind === 'env' ? `$${source.variable}` : 'a value computed at run time' };
  }
  if (item.value === '*') return { kind: 'any', range, source };
  // Membership is a case-sensitive `in`; "null" is what sandboxed documents send.
  if (item.value === 'null') return { kind: 'null', range, source };
  return { kind: 'exact', value: item.value, range, source };
}

/**
 * `allow_origins` (default `()`: no origin at all) plus `allow_origin_regex` (fullmatch).
 * A str instead of a list makes both `"*" in allow_origins` and `origin in allow_origins`
 * substring tests: a str holding `*` allows everyone; any other str allows every substring of
 * itself, which no entry kind expresses, so it is dynamic and flagged as `notAList`.
 */
function originPolicy(origins: Opt | undefined, regex: Opt | undefined): OriginPolicy {
  const entries: OriginEntry[] = [];
  let notAList: Range | undefined;
  if (origins) {
    const v = origins.value;
    if (v.kind === 'str' && v.value.includes('*')) {
      entries.push({ kind: 'any', range: rangeOf(v.node), source: v.source });
    } else if (v.kind === 'str') {
      notAList = rangeOf(v.node);
      entries.push({ kind: 'dynamic', range: notAList, source: v.source, how: `${origins.name} is a string, so Starlette allows every substring of it` });
    } else {
      // `os.getenv("X", "").split(",")` leaves [""] when X is unset: no Origin equals "", so it allows nothing.
      entries.push(...(v.kind === 'seq' ? v.items : [v]).filter(i => !(i.kind === 'str' && i.value === '')).map(i => originEntry(i, v)));
    }
  }
  const r = regex?.value;
  if (r?.kind === 'str' || r?.kind === 'regex') {
    entries.push({ kind: 'regex', pattern: r.kind === 'str' ? r.value : r.pattern, flags: '', range: literalRange(r), source: r.source });
  } else if (r && r.kind !== 'none') {
    entries.push(originEntry(r, r));
  }
  const written = origins ?? regex;
  return written
    ? { entries, range: rangeOf(written.written), source: written.value.source, option: written.name, notAList }
    : { entries, range: undefined, source: { kind: 'library-default' }, option: 'allow_origins' };
}

function middlewareSite(call: Node, scopes: Scopes, ctx: ExtractContext): CorsSite {
  const { opts, opaque } = callOptions(call, scopes.at(call), ['app', 'middleware_class', 'cls']);
  const origins = originPolicy(opts.get('allow_origins'), opts.get('allow_origin_regex'));
  const unseen = opaque && !opts.has('allow_origins') && !opts.has('allow_origin_regex');
  return {
    framework: 'starlette',
    scope: { kind: 'app' },
    range: rangeOf(call),
    origins: unseen
      ? { ...origins, entries: [{ kind: 'dynamic', range: rangeOf(opaque), source: { kind: 'literal' }, how: `\`${opaque.text}\`` }], range: rangeOf(opaque) }
      : origins,
    credentials: locatedBool(opts.get('allow_credentials')),
    credentialsWritten: writtenOpt(opts.get('allow_credentials')),
    methods: locatedList(opts.get('allow_methods')),
    allowHeaders: locatedList(opts.get('allow_headers')),
    exposeHeaders: locatedList(opts.get('expose_headers')),
    maxAge: locatedNumber(opts.get('max_age')),
    // Starlette adds `Vary: Origin` whenever it answers with a specific origin.
    varyOrigin: true,
    devOnly: ctx.devFile || isDevGuarded(call),
  };
}

export const starlette: Extractor = {
  id: 'starlette',
  languages: ['python'],
  mentions: text => /CORSMiddleware/.test(text),
  extract(root: Node, ctx: ExtractContext) {
    const scopes = Scopes.of(root);
    const names = importedNames(root, /^(starlette|fastapi)\.middleware\.cors$/, 'CORSMiddleware');
    const isCorsClass = (n: Node | undefined) => !!n && names.has(n.text.replace(/\s+/g, '').split('.').pop() ?? '');
    const sites: CorsSite[] = [];
    for (const call of nodesOfType(root, 'call')) {
      const name = calleeName(call);
      const first = positionalArgs(call)[0];
      // app.add_middleware(CORSMiddleware, ...) and Middleware(CORSMiddleware, ...), the class also by keyword
      const cls = first ?? keywordArgs(call).get(name === 'Middleware' ? 'cls' : 'middleware_class');
      if ((name === 'add_middleware' || name === 'Middleware') && isCorsClass(cls)) sites.push(middlewareSite(call, scopes, ctx));
      // app = CORSMiddleware(app, ...): the ASGI wrapper written by hand
      else if (names.has(name) && (first || call.childForFieldName('arguments')?.text.includes('app='))) sites.push(middlewareSite(call, scopes, ctx));
    }
    return { sites, wiring: [], settings: [] };
  },
};
