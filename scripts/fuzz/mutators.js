// Mutations of a real fixture or example: each takes (rng, ctx) and returns the new text, or
// undefined when it does not apply (no assignment to reference, no string to replace). ctx holds
// { text, lang: 'python' | 'js', corpus } and is rebuilt after every mutation of a stacked recipe.
'use strict';

const { tokenize, isString, isValue } = require('./tokens');
const { HOSTILE_JS_REGEXES, HOSTILE_PY_PATTERNS, INVALID_JS_REGEXES, INVALID_PY_PATTERNS } = require('./hostile');

// ---- token edits: truncation, deletion, duplication ----

function truncate(rng, { text }) {
  const tokens = tokenize(text);
  if (tokens.length < 2) return undefined;
  const at = rng.int(1, tokens.length - 1);
  const head = tokens.slice(0, at).join('');
  // A third of the cuts land inside the next token: half a string, half an identifier.
  if (rng.chance(0.33) && tokens[at].length > 1) return head + tokens[at].slice(0, rng.int(1, tokens[at].length - 1));
  return head;
}

function deleteTokens(rng, { text }) {
  const tokens = tokenize(text);
  if (tokens.length < 2) return undefined;
  const at = rng.int(0, tokens.length - 1);
  const count = rng.chance(0.7) ? 1 : rng.logInt(2, Math.max(2, Math.floor(tokens.length / 4)));
  tokens.splice(at, count);
  return tokens.join('');
}

function duplicateTokens(rng, { text }) {
  const tokens = tokenize(text);
  if (tokens.length < 1) return undefined;
  const at = rng.int(0, tokens.length - 1);
  const span = tokens.slice(at, at + (rng.chance(0.6) ? 1 : rng.logInt(2, 40))).join('');
  const times = rng.chance(0.7) ? 1 : rng.logInt(2, 200);
  tokens.splice(at, 0, span.repeat(times));
  return tokens.join('');
}

function swapTokens(rng, { text }) {
  const tokens = tokenize(text).filter(t => t.length > 0);
  if (tokens.length < 3) return undefined;
  const a = rng.int(0, tokens.length - 1);
  const b = rng.chance(0.5) ? Math.min(tokens.length - 1, a + rng.int(1, 4)) : rng.int(0, tokens.length - 1);
  [tokens[a], tokens[b]] = [tokens[b], tokens[a]];
  return tokens.join('');
}

/** Lines of another file (same language mostly) pasted in: a realistic source of odd combinations. */
function splice(rng, { text, lang, corpus }) {
  const same = corpus.filter(s => s.lang === lang);
  const donor = rng.pick(rng.chance(0.8) && same.length ? same : corpus);
  const donorLines = donor.text.split('\n');
  const from = rng.int(0, donorLines.length - 1);
  const chunk = donorLines.slice(from, from + rng.logInt(1, 60)).join('\n');
  const lines = text.split('\n');
  lines.splice(rng.int(0, lines.length), 0, chunk);
  return lines.join('\n');
}

// ---- nesting ----

const PY_WRAPS = [
  ['[', ']'], ['(', ')'], ['(', ',)'], ['{"k": ', '}'], ['(', ' if c else None)'], ['list(', ')'],
  ['str(', ')'], ['[*', ']'], ['os.environ.get("X", ', ')'], ['not ', ''], ['(', ' or None)'],
];
const JS_WRAPS = [
  ['[', ']'], ['(', ')'], ['{ k: ', ' }'], ['(c ? ', ' : null)'], ['[...', ']'], ['String(', ')'],
  ['!', ''], ['(', ' || null)'], ['(', ' ?? "x")'], ['(() => ', ')()'], ['process.env.X || ', ''], ['`${', '}`'],
];

/** A value wrapped in one bracket kind (or a mix) many levels deep. */
function nest(rng, { text, lang }) {
  const tokens = tokenize(text);
  const values = tokens.map((t, i) => (isValue(t) ? i : -1)).filter(i => i >= 0);
  if (!values.length) return undefined;
  const at = rng.pick(values);
  const wraps = lang === 'python' ? PY_WRAPS : JS_WRAPS;
  const depth = rng.logInt(1, 5000);
  const mixed = rng.chance(0.3);
  const one = rng.pick(wraps);
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    const [o, c] = mixed ? rng.pick(wraps) : one;
    open += o;
    close = c + close;
  }
  tokens[at] = open + tokens[at] + close;
  return tokens.join('');
}

/** A value repeated side by side: `x + x + x ...`, `[x, x, x ...]`, a long flat expression. */
function flatRepeat(rng, { text, lang }) {
  const tokens = tokenize(text);
  const values = tokens.map((t, i) => (isValue(t) ? i : -1)).filter(i => i >= 0);
  if (!values.length) return undefined;
  const at = rng.pick(values);
  const sep = rng.pick(lang === 'python' ? [' + ', ', ', ' or ', ' and ', ' if c else '] : [' + ', ', ', ' || ', ' && ', ' ?? ']);
  const n = rng.logInt(2, 20000);
  const body = Array(n).fill(tokens[at]).join(sep);
  tokens[at] = sep === ', ' ? `[${body}]` : `(${body})`;
  return tokens.join('');
}

// ---- long lines ----

function longString(rng, { text }) {
  const tokens = tokenize(text);
  const strings = tokens.map((t, i) => (isString(t) && !t.includes('\n') ? i : -1)).filter(i => i >= 0);
  if (!strings.length) return undefined;
  const at = rng.pick(strings);
  const tok = tokens[at];
  const quote = tok.slice(-1);
  const fill = rng.pick(['a', 'a.', '*', '/', 'é', '\\\\', ',', ' ', 'https://x.example.com,']);
  tokens[at] = tok.slice(0, -1) + fill.repeat(rng.logInt(100, 60000)) + quote;
  return tokens.join('');
}

/** JavaScript on one line (newlines become spaces, so a line comment swallows the rest, as minifiers avoid). */
function oneLine(rng, { text, lang }) {
  if (lang === 'python') return undefined;
  const stripped = rng.chance(0.7) ? text.replace(/\/\/[^\n]*/g, '') : text;
  return stripped.replace(/\r?\n/g, rng.pick([' ', ';', '']));
}

// ---- encodings ----

const ODD = ['\u00a0', '\u2028', '\u2029', '\u0085', '\ufeff', '\u200b', '\u200d', '\u0301', '\u{1f600}', '\ud800',
  '\udfff', '\uff0f', '\u0130', '\u017f', '\u212a', '\t', '\v', '\f', '\u3000', '\u00e9', '\u0430'];
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];

function encoding(rng, { text }) {
  switch (rng.int(0, 6)) {
    case 0: return '\ufeff' + text;
    case 1: return text.replace(/\r?\n/g, '\r\n');
    case 2: return text.replace(/\r?\n/g, '\r');
    case 3: return text.replace(/\n/g, () => (rng.chance(0.3) ? '\r' : '\n'));
    case 4: return sprinkle(rng, text, ODD);
    case 5: return sprinkle(rng, text, BIDI);
    default: return sprinkle(rng, text, [...ODD, ...BIDI]);
  }
}

/** Odd characters at token boundaries and inside strings (an origin with a bidi override in it). */
function sprinkle(rng, text, chars) {
  const tokens = tokenize(text);
  const n = rng.logInt(1, 200);
  for (let i = 0; i < n && tokens.length; i++) {
    const at = rng.int(0, tokens.length - 1);
    const tok = tokens[at];
    const c = rng.pick(chars);
    if (isString(tok) && tok.length > 2 && rng.chance(0.6)) {
      const k = rng.int(1, tok.length - 1);
      tokens[at] = tok.slice(0, k) + c + tok.slice(k);
    } else {
      tokens[at] = rng.chance(0.5) ? c + tok : tok + c;
    }
  }
  return tokens.join('');
}

// ---- self-references ----

const PY_ASSIGN = /^([ \t]*)([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=(?!=)/gm;
const JS_ASSIGN = /^([ \t]*)(?:export[ \t]+)?(?:const|let|var)[ \t]+([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]*)?=(?!=)/gm;

/** Assignments with the offset right after their statement, where a new line can go at the same indentation. */
function assignments(text, lang) {
  const out = [];
  for (const m of text.matchAll(lang === 'python' ? PY_ASSIGN : JS_ASSIGN)) {
    out.push({ indent: m[1], name: m[2], start: m.index, end: statementEnd(text, m.index + m[0].length) });
  }
  return out;
}

/** The offset after the newline that ends the statement starting before `from` (brackets balanced). */
function statementEnd(text, from) {
  let depth = 0;
  let offset = from;
  for (const tok of tokenize(text.slice(from))) {
    offset += tok.length;
    if ('([{'.includes(tok)) depth++;
    else if (')]}'.includes(tok)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /^(\r\n|\r|\n)$/.test(tok)) return offset;
  }
  return text.length;
}

function replaceLaterUses(text, from, name, by) {
  const re = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
  return text.slice(0, from) + text.slice(from).replace(re, by);
}

/** `x = x + x`, chains `sK = sK-1 + sK-1 + sK-1`, mutual references, `MIDDLEWARE = [...] + MIDDLEWARE`. */
function selfReference(rng, { text, lang }) {
  const sites = assignments(text, lang);
  if (!sites.length) return undefined;
  const { indent, name, end } = rng.pick(sites);
  const py = lang === 'python';
  const decl = py ? '' : rng.pick(['const ', 'let ', 'var ']);
  const semi = py ? '' : ';';
  const nl = '\n' + indent;
  const insert = (lines, replaceWith) => {
    const body = indent + lines.join(nl) + '\n';
    const out = text.slice(0, end) + body + text.slice(end);
    return replaceWith ? replaceLaterUses(out, end + body.length, name, replaceWith) : out;
  };
  switch (rng.int(0, 5)) {
    case 0: { // direct self-reference, repeated
      const ops = py ? [`${name} = ${name} + ${name}`, `${name} += ${name}`, `${name} = [${name}] + ${name}`,
        `${name} = ${name} if ${name} else ${name}`, `${name} = [*${name}, *${name}]`, `${name} = {**${name}, **${name}}`]
        : [`${name} = ${name} + ${name}${semi}`, `${name} = ${name}.concat(${name})${semi}`, `${name} = [...${name}, ...${name}]${semi}`,
          `${name} = { ...${name}, ...${name} }${semi}`, `${name} = ${name} || ${name}${semi}`, `${name} += ${name}${semi}`];
      return insert(Array(rng.logInt(1, 400)).fill(0).map(() => rng.pick(ops)));
    }
    case 1: { // chain: every link reads the previous one several times
      const k = rng.logInt(1, 80);
      const fan = rng.int(2, 4);
      const join = rng.pick(py ? [' + ', ' or '] : [' + ', ' || ', ', ']);
      const lines = [`${decl}_s0 = ${name}${semi}`];
      for (let i = 1; i <= k; i++) {
        const args = Array(fan).fill(`_s${i - 1}`).join(join);
        lines.push(`${decl}_s${i} = ${join === ', ' ? (py ? `[${args}]` : `[...[${args}]]`) : args}${semi}`);
      }
      return insert(lines, `_s${k}`);
    }
    case 2: { // mutual references across lines: a cycle the value resolver must break
      const n = rng.logInt(2, 50);
      const lines = [];
      for (let i = 0; i < n; i++) lines.push(`${decl}_m${i} = _m${(i + 1) % n}${py ? ' or ' : ' || '}${name}${semi}`);
      return insert(lines, '_m0');
    }
    case 3: { // prepend to itself, as Django settings do with MIDDLEWARE
      const target = py && /\bMIDDLEWARE\b/.test(text) && rng.chance(0.7) ? 'MIDDLEWARE' : name;
      const item = py ? '"corsheaders.middleware.CorsMiddleware"' : '"https://a.example.com"';
      const lines = Array(rng.logInt(1, 300)).fill(0).map(() => (rng.chance(0.5)
        ? `${target} = [${item}] + ${target}${semi}` : `${target} = ${target} + [${item}]${semi}`));
      return insert(lines);
    }
    case 4: { // a binary tree of references: each name used twice by the next level
      const k = rng.logInt(1, 40);
      const lines = [`${decl}_t0 = ${name}${semi}`];
      for (let i = 1; i <= k; i++) lines.push(py ? `_t${i} = (_t${i - 1}, _t${i - 1})` : `${decl}_t${i} = { a: _t${i - 1}, b: _t${i - 1} }${semi}`);
      return insert(lines, py ? `_t${k}[0]` : `_t${k}.a`);
    }
    default: { // the value refers to itself before it is defined
      return text.slice(0, end) + `${indent}${decl}${name} = ${name}${semi}\n` + text.slice(end);
    }
  }
}

// ---- repeated sites ----

const SITE_LINE = /cors|CORS|setHeader|set_header|\.header\(|headers\[|\.set\(|add_middleware|Access-Control|writeHead|@app\.|response\[|res\.|route/;

/** One CORS-relevant line (or a few) copied hundreds of times in place, optionally each with its own origin. */
function repeatSites(rng, { text }) {
  const lines = text.split('\n');
  const candidates = lines.map((l, i) => (SITE_LINE.test(l) ? i : -1)).filter(i => i >= 0);
  if (!candidates.length) return undefined;
  const at = rng.pick(candidates);
  const span = rng.chance(0.7) ? 1 : rng.int(2, 6);
  const block = lines.slice(at, at + span);
  const n = rng.logInt(2, 1500);
  const distinct = rng.chance(0.5);
  const copies = [];
  for (let i = 0; i < n; i++) copies.push(...(distinct ? block.map(l => l.replace('://', `://s${i}.`).replace(/(['"])(X-[\w-]+)\1/, `$1$2-${i}$1`)) : block));
  lines.splice(at, span, ...copies);
  return lines.join('\n');
}

// ---- hostile regexes ----

const JS_REGEX_LITERAL = /(?<=[(,:=[]\s*)\/(?![*/])(?:[^/\\\r\n[]|\\.|\[(?:[^\]\\\r\n]|\\.)*\])+\/[dgimsuvy]*/g;

/** An origin (string or regex literal) replaced by a catastrophic, huge or invalid pattern. */
function hostileRegex(rng, { text, lang }) {
  const py = lang === 'python';
  const tokens = tokenize(text);
  const targets = tokens.map((t, i) => (isString(t) && /:\/\/|\*|\^|\$|localhost|origin/i.test(t) ? i : -1)).filter(i => i >= 0);
  const invalid = rng.chance(0.2);
  if (py) {
    if (!targets.length) return undefined;
    const pattern = rng.pick(invalid ? INVALID_PY_PATTERNS : HOSTILE_PY_PATTERNS);
    const lit = `r"${pattern}"`;
    tokens[rng.pick(targets)] = rng.chance(0.3) ? `re.compile(${lit})` : lit;
    return tokens.join('');
  }
  const regex = rng.pick(invalid ? INVALID_JS_REGEXES : HOSTILE_JS_REGEXES);
  const literals = [...text.matchAll(JS_REGEX_LITERAL)];
  if (literals.length && (rng.chance(0.6) || !targets.length)) {
    const m = rng.pick(literals);
    return text.slice(0, m.index) + regex + text.slice(m.index + m[0].length);
  }
  if (!targets.length) return undefined;
  tokens[rng.pick(targets)] = rng.chance(0.2) ? `new RegExp(${JSON.stringify(regex.slice(1, regex.lastIndexOf('/')))})` : regex;
  return tokens.join('');
}

// ---- indentation (Python) ----

/** Tabs for spaces, a line shifted by one column: Python's indentation errors. */
function indentation(rng, { text, lang }) {
  if (lang !== 'python') return undefined;
  const lines = text.split('\n');
  const indented = lines.map((l, i) => (/^[ \t]+\S/.test(l) ? i : -1)).filter(i => i >= 0);
  if (!indented.length) return undefined;
  const n = rng.logInt(1, 20);
  for (let k = 0; k < n; k++) {
    const i = rng.pick(indented);
    lines[i] = rng.pick([l => l.replace(/^ {4}/, '\t'), l => ' ' + l, l => l.replace(/^\s+/, ''), l => l.replace(/^\s+/, '$&$&')])(lines[i]);
  }
  return lines.join('\n');
}

const MUTATORS = [
  [12, 'truncate', truncate],
  [8, 'delete', deleteTokens],
  [8, 'duplicate', duplicateTokens],
  [3, 'swap', swapTokens],
  [5, 'splice', splice],
  [4, 'nest', nest],
  [2, 'flat-repeat', flatRepeat],
  [2, 'long-string', longString],
  [2, 'one-line', oneLine],
  [6, 'encoding', encoding],
  [4, 'self-reference', selfReference],
  [4, 'repeat-sites', repeatSites],
  [5, 'hostile-regex', hostileRegex],
  [2, 'indentation', indentation],
];

module.exports = { MUTATORS };
