// Inputs that once made value evaluation take exponential time or overflow the stack, generated at a
// size that used to take seconds. Each also holds a finding elsewhere in the file that must survive.

export interface BudgetCase {
  readonly name: string;
  readonly file: string;
  readonly text: string;
  /** A rule reported elsewhere in the same file, which the pathological value must not take down. */
  readonly survives: string;
  /** A word `incomplete` must mention when the value is cut; undefined when it is followed completely. */
  readonly cut?: string;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

// The finding that must survive comes last: read after the costly value, it is read with what is left.
const JS_HEAD = "const express = require('express');\nconst cors = require('cors');\nconst app = express();\n";
const JS_TAIL = "app.use(cors({ origin: '*' }));\n";
const DJANGO_HEAD = 'INSTALLED_APPS = ["corsheaders"]\n';
const DJANGO_TAIL = 'CORS_ALLOW_ALL_ORIGINS = True\n';

/** `const sK = sK-1 + sK-1 + sK-1`: each line triples the string and, without memoising, the work. */
function jsTripling(lines: number): string {
  const decls = range(lines).map(k => (k === 0 ? "const s0 = 'a';" : `const s${k} = s${k - 1} + s${k - 1} + s${k - 1};`));
  return `${JS_HEAD}${decls.join('\n')}\napp.get('/x', (req, res) => { res.setHeader('Access-Control-Allow-Origin', s${lines - 1}); res.send('x'); });\n${JS_TAIL}`;
}

function pyTripling(lines: number): string {
  const decls = range(lines).map(k => (k === 0 ? "S0 = 'a'" : `S${k} = S${k - 1} + S${k - 1} + S${k - 1}`));
  return `${DJANGO_HEAD}${decls.join('\n')}\nCORS_ALLOWED_ORIGINS = [S${lines - 1}]\n${DJANGO_TAIL}`;
}

/** Django settings that prepend to MIDDLEWARE again and again (an app's settings layered on a base). */
function pyMiddlewarePrepend(lines: number): string {
  const base = 'MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]';
  const more = range(lines).map(k => `MIDDLEWARE = ["app${k}.middleware.M"] + MIDDLEWARE`);
  return `${DJANGO_HEAD}${base}\n${more.join('\n')}\nMIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"] + MIDDLEWARE\n${DJANGO_TAIL}`;
}

/** `X = X + X`: a short file whose list doubles on every line. */
function pyDoubling(lines: number): string {
  const more = range(lines).map(() => 'CORS_ALLOWED_ORIGINS = CORS_ALLOWED_ORIGINS + CORS_ALLOWED_ORIGINS');
  return `${DJANGO_HEAD}CORS_ALLOWED_ORIGINS = ["https://a.test"]\n${more.join('\n')}\n${DJANGO_TAIL}`;
}

const nested = (depth: number, open: string, inner: string, close: string) => open.repeat(depth) + inner + close.repeat(depth);

function jsOrigin(origin: string): string {
  return `${JS_HEAD}app.use('/api', cors({ origin: ${origin} }));\n${JS_TAIL}`;
}

function jsTernaries(depth: number): string {
  return jsOrigin(`${range(depth).map(i => `process.env.A${i} ? 'https://a${i}.test' : `).join('')}'https://z.test'`);
}

function pyOrigin(origin: string): string {
  return `${DJANGO_HEAD}CORS_ALLOWED_ORIGINS = ${origin}\n${DJANGO_TAIL}`;
}

/**
 * What a vendored minified bundle looks like to the analyser: one very long line, short names reused
 * in every function, values built from chains of other variables, header names held in variables.
 */
export function minifiedBundle(functions: number): string {
  const names = range(40).map(i => String.fromCharCode(97 + (i % 26)) + (i >= 26 ? String.fromCharCode(65 + i - 26) : ''));
  const body = (f: number) => {
    const decls = names.map((n, i) => (i < 2 ? `${n}="${f}${n}"` : `${n}=${names[i - 1]}+${names[i - 2]}`));
    return `function f${f}(r,q){var ${decls.join(',')};r.setHeader(${f % 2 ? '"Access-Control-Allow-Origin"' : names[39]},${names[39]});` +
      `r.setHeader("Access-Control-Allow-Headers",${names[38]}+${names[37]});return ${names[39]}}`;
  };
  const fns = range(functions).map(body).join(';');
  return `${JS_HEAD.replace(/\n/g, '')}!function(){var a="x",b=a+a,c=b+b;${fns};var h=c+c;module.exports=h}();${JS_TAIL}`;
}

export const BUDGET_CASES: readonly BudgetCase[] = [
  { name: 'JS: 14 lines of sK = sK-1 + sK-1 + sK-1', file: 'app.js', text: jsTripling(14), survives: 'wildcard-origin', cut: 's13' },
  { name: 'Python: 14 lines of SK = SK-1 + SK-1 + SK-1', file: 'settings.py', text: pyTripling(14), survives: 'wildcard-origin', cut: 'CORS_ALLOWED_ORIGINS' },
  { name: 'Python: 20 x MIDDLEWARE = [...] + MIDDLEWARE', file: 'settings.py', text: pyMiddlewarePrepend(20), survives: 'wildcard-origin' },
  { name: 'Python: 30 x ORIGINS = ORIGINS + ORIGINS', file: 'settings.py', text: pyDoubling(30), survives: 'wildcard-origin', cut: 'CORS_ALLOWED_ORIGINS' },
  { name: 'JS: origin in arrays 1,500 deep', file: 'app.js', text: jsOrigin(nested(1500, '[', "'*'", ']')), survives: 'wildcard-origin', cut: '[[[' },
  { name: 'JS: origin in parentheses 1,500 deep', file: 'app.js', text: jsOrigin(nested(1500, '(', "'https://a.test'", ')')), survives: 'wildcard-origin' },
  { name: 'JS: 1,500 nested ternaries', file: 'app.js', text: jsTernaries(1500), survives: 'wildcard-origin', cut: 'process.env.A0' },
  { name: 'JS: 3,000 + terms', file: 'app.js', text: jsOrigin(range(3000).map(() => "'a'").join(' + ')), survives: 'wildcard-origin' },
  { name: 'Python: origin in lists 1,500 deep', file: 'settings.py', text: pyOrigin(nested(1500, '[', '"*"', ']')), survives: 'wildcard-origin', cut: 'CORS_ALLOWED_ORIGINS' },
  { name: 'Python: origin in parentheses 1,500 deep', file: 'settings.py', text: pyOrigin(`[${nested(1500, '(', '"https://a.test"', ')')}]`), survives: 'wildcard-origin' },
  { name: 'Python: 3,000 + terms', file: 'settings.py', text: pyOrigin(`[${range(3000).map(() => '"a"').join(' + ')}]`), survives: 'wildcard-origin' },
  { name: 'JS: a minified bundle of 150 functions on one line', file: 'static/vendor.min.js', text: minifiedBundle(150), survives: 'wildcard-origin', cut: 'nN' },
];
