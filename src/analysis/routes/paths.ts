// Path matching the way each framework does it, for the route mapper.
import { fewQuantifiers, linearMatcher } from '../parse/linear-regex';

/** Past this length a route pattern is no path a browser asks for, and V8 may refuse to compile it. */
const MAX_ROUTE_PATTERN = 4096;
const NEVER = /(?!)/;

/**
 * A route's path pattern, built from escaped literals and converter classes, as a RegExp. V8 compiles
 * a pattern at its first test and throws there for one too large ("Regular expression too large"),
 * so an absurd route (80 KB of path, seen fuzzing) matches nothing instead of failing the analysis.
 */
export function routePattern(source: string, flags = ''): RegExp {
  return source.length > MAX_ROUTE_PATTERN ? NEVER : new RegExp(source, flags);
}

/** A Python `re` pattern in JavaScript syntax (named groups, \Z, inline (?i)), with its flags. */
function pythonToJs(pattern: string): { body: string; flags: string } {
  let flags = '';
  let body = pattern.replace(/^\(\?([aiLmsux]+)\)/, (_m, f: string) => { if (f.includes('i')) flags += 'i'; return ''; });
  body = body.replace(/\(\?P<(\w+)>/g, '(?<$1>').replace(/\(\?P=(\w+)\)/g, '\\k<$1>').replace(/\\Z/g, '$').replace(/\\A/g, '^');
  return { body, flags };
}

/** A Python `re` pattern as a JavaScript RegExp; undefined when it does not compile. */
function pythonRegex(pattern: string): RegExp | undefined {
  const { body, flags } = pythonToJs(pattern);
  try {
    return new RegExp(body, flags);
  } catch {
    return undefined;
  }
}

/**
 * `re.match`: anchored at the start only. The pattern is the user's (`CORS_URLS_REGEX`): it runs on
 * the linear engine, and on V8 only when it cannot backtrack for long; otherwise it matches nothing.
 */
export function pythonReMatch(pattern: string, value: string): boolean {
  const { body, flags } = pythonToJs(pattern);
  const linear = linearMatcher(`^(?:${body})`, flags.includes('i'));
  if (linear) return linear.test(value) === true;
  if (!fewQuantifiers(body)) return false;
  try {
    // V8 compiles at the first exec, and throws there for a pattern too large.
    const m = pythonRegex(pattern)?.exec(value);
    return !!m && m.index === 0;
  } catch {
    return false;
  }
}

/** flask-cors's `probably_regex`: a resource key with one of these characters is a regex, else compared as a string. */
export function flaskProbablyRegex(pattern: string): boolean {
  return /[*\\\]?$^[()]/.test(pattern);
}

/** flask-cors's resource match (`try_match_pattern(path, key, caseSensitive=True)`); `*` alone means every path. */
export function flaskResourceMatches(pattern: string, path: string): boolean {
  const key = pattern === '*' ? '.*' : pattern;
  return flaskProbablyRegex(key) ? pythonReMatch(key, path) : key === path;
}

/** flask-cors's `parse_resources` order: literal paths first, then regexes; more slashes, then longer, first. */
export function flaskResourceOrder(a: string, b: string): number {
  const key = (p: string): [number, number, number] => [flaskProbablyRegex(p) ? 1 : 0, -(p.split('/').length - 1), -p.length];
  const ka = key(a === '*' ? '.*' : a);
  const kb = key(b === '*' ? '.*' : b);
  for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
  return 0;
}

/** A Flask/werkzeug rule (`/tenants/<name>/books`, `<path:p>`, `<int:id>`) as a full-match RegExp. */
export function flaskRuleRegex(rule: string): RegExp {
  const body = rule.split(/(<[^>]+>)/).map(part => {
    const conv = /^<(?:(\w+)(?:\([^)]*\))?:)?\w+>$/.exec(part);
    if (!conv) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return conv[1] === 'path' ? '.+' : conv[1] === 'int' ? '\\d+' : '[^/]+';
  }).join('');
  // Werkzeug redirects /x to /x/ for a rule ending in a slash; both reach the view.
  return routePattern(`^${body.replace(/\/$/, '')}/?$`);
}

/** An Express path (`/files/:name`, `/api/*`, `/x/:id?`) as a RegExp; `end` false for mount prefixes. */
export function expressPathRegex(path: string, end = true): RegExp | undefined {
  const body = path.split(/(:\w+\??|\*)/).map(part => {
    if (part === '*') return '.*';
    if (/^:\w+\?$/.test(part)) return '[^/]*';
    if (/^:\w+$/.test(part)) return '[^/]+';
    return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }).join('').replace(/\/$/, '');
  try {
    return routePattern(end ? `^${body}/?$` : `^${body}(?=/|$)`, 'i');
  } catch {
    return undefined;
  }
}

/** Whether a Starlette mount (`app.mount("/feed", feed)`) receives `path`. */
export function mountMatches(prefix: string, path: string): boolean {
  const p = prefix.replace(/\/$/, '');
  return p === '' || path === p || path.startsWith(p + '/');
}
