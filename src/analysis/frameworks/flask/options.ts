// flask-cors options (merged from app.config, CORS()/init_app/@cross_origin and a resource dict)
// → one framework-neutral site. Semantics read from flask_cors/core.py (3.0.10 and 6.0.x agree).
import type { CorsSite, OriginEntry, OriginPolicy, Scope } from '../../model/policy';
import type { Range } from '../../model/range';
import { rangeOf, type Node } from '../../parse/nodes';
import type { PyValue } from '../../values/python';
import { literalRange, locatedBool, locatedList, locatedNumber, sourceOf, truthy, writtenOpt, type Opt } from '../python-shared';

/** `probably_regex`: a string holding one of these is matched with re.match, others compared exactly. */
const REGEX_CHARS = /[*\\\]?$^[()]/;

function originEntry(item: PyValue, container: PyValue): OriginEntry {
  const range = literalRange(item);
  const source = sourceOf(item, container);
  switch (item.kind) {
    case 'str':
      // `re_fix` turns the exact string "*" into ".*", which every origin matches.
      if (item.value === '*') return { kind: 'any', range, source };
      if (REGEX_CHARS.test(item.value)) return { kind: 'regex', pattern: item.value, flags: 'i', range, source };
      // Compared with casefold(), so "NULL" trusts the null origin too.
      if (item.value.toLowerCase() === 'null') return { kind: 'null', range, source };
      return { kind: 'exact', value: item.value, range, source };
    case 'regex':
      // A compiled pattern is matched as compiled: no IGNORECASE is added.
      return { kind: 'regex', pattern: item.pattern, flags: /\bI\b|IGNORECASE/.test(item.flags) ? 'i' : '', range, source };
    default:
      return {
        kind: 'dynamic',
        range,
        source,
        how: source.kind === 'env' ? `$${source.variable}` : 'a value computed at run time',
      };
  }
}

function originPolicy(opt: Opt | undefined, fallback: Range, opaque: Node | undefined): OriginPolicy {
  if (opt) {
    const v = opt.value;
    const items = v.kind === 'seq' ? v.items : [v];
    // `os.environ.get("X", "").split(",")` leaves [""] when X is unset: an empty origin never matches, so it allows nothing.
    return { entries: items.filter(i => !(i.kind === 'str' && i.value === '')).map(i => originEntry(i, v)), range: rangeOf(opt.written), source: v.source, option: opt.name };
  }
  if (opaque) {
    const range = rangeOf(opaque);
    return { entries: [{ kind: 'dynamic', range, source: { kind: 'literal' }, how: `\`${opaque.text}\`` }], range, source: { kind: 'literal' }, option: 'origins' };
  }
  // flask-cors' default is origins="*".
  return { entries: [{ kind: 'any', range: fallback, source: { kind: 'library-default' } }], source: { kind: 'library-default' }, option: 'origins' };
}

export interface SiteShape {
  readonly scope: Scope;
  readonly range: Range;
  readonly devOnly: boolean;
  /** An unresolved `**opts`: origins we cannot see are not assumed to be the default. */
  readonly opaque?: Node;
}

/** `opts` are keyed by option name without the `CORS_` prefix, lower-cased, precedence already applied. */
export function flaskSite(opts: ReadonlyMap<string, Opt>, shape: SiteShape): CorsSite {
  const vary = opts.get('vary_header');
  return {
    framework: 'flask-cors',
    scope: shape.scope,
    range: shape.range,
    origins: originPolicy(opts.get('origins'), shape.range, shape.opaque),
    credentials: locatedBool(opts.get('supports_credentials')),
    credentialsWritten: writtenOpt(opts.get('supports_credentials')),
    methods: locatedList(opts.get('methods')),
    allowHeaders: locatedList(opts.get('allow_headers')),
    exposeHeaders: locatedList(opts.get('expose_headers')),
    maxAge: locatedNumber(opts.get('max_age')),
    sendWildcard: locatedBool(opts.get('send_wildcard')),
    varyOrigin: vary ? truthy(vary.value) ?? true : true,
    devOnly: shape.devOnly,
  };
}

/** `CORS_SUPPORTS_CREDENTIALS` → `supports_credentials`; undefined for keys flask-cors does not read. */
export function configOptionName(key: string): string | undefined {
  return /^CORS_[A-Z_]+$/.test(key) ? key.slice(5).toLowerCase() : undefined;
}
