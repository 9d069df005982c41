// Whole files written from scratch around one stress shape, sized at random: the shapes the
// mutations reach only by luck (a chain of a hundred links, a handler with 500 header writes).
'use strict';

const { CATASTROPHIC } = require('./hostile');

const EXPRESS_HEAD = "const express = require('express');\nconst cors = require('cors');\nconst app = express();\n";
const FLASK_HEAD = 'from flask import Flask\nfrom flask_cors import CORS, cross_origin\napp = Flask(__name__)\n';

/** `const sK = sK-1 + sK-1 + sK-1` feeding cors(): each link triples the value's expression. */
function jsChain(rng) {
  const k = rng.logInt(2, 200);
  const lines = [EXPRESS_HEAD, "const s0 = 'https://a.example.com';"];
  const join = rng.pick([' + ', ' || ', ', ']);
  for (let i = 1; i <= k; i++) {
    const args = Array(rng.int(2, 3)).fill(`s${i - 1}`).join(join);
    lines.push(`const s${i} = ${join === ', ' ? `[${args}]` : args};`);
  }
  lines.push(`app.use(cors({ origin: s${k}, credentials: true }));`);
  return { file: 'gen/chain.js', text: lines.join('\n') };
}

/** Django settings that prepend to MIDDLEWARE (or another setting) over and over. */
function djangoSelfPrepend(rng) {
  const n = rng.logInt(1, 300);
  const name = rng.pick(['MIDDLEWARE', 'CORS_ALLOWED_ORIGINS', 'INSTALLED_APPS']);
  const lines = [
    'INSTALLED_APPS = ["corsheaders"]',
    'MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]',
    'CORS_ALLOWED_ORIGINS = ["https://a.example.com"]',
    'CORS_ALLOW_CREDENTIALS = True',
  ];
  for (let i = 0; i < n; i++) {
    const item = name === 'CORS_ALLOWED_ORIGINS' ? `"https://s${i}.example.com"` : '"corsheaders.middleware.CorsMiddleware"';
    lines.push(rng.chance(0.5) ? `${name} = [${item}] + ${name}` : `${name} = ${name} + [${item}] + ${name}`);
  }
  return { file: 'gen/settings.py', text: lines.join('\n') + '\n' };
}

/** One hand-written handler setting CORS headers hundreds of times. */
function manyHeaderWrites(rng) {
  const n = rng.logInt(10, 1500);
  const headers = ['Access-Control-Allow-Origin', 'Access-Control-Allow-Credentials', 'Vary', 'Access-Control-Allow-Methods', 'Access-Control-Allow-Headers'];
  const lines = [EXPRESS_HEAD, 'app.use((req, res, next) => {'];
  for (let i = 0; i < n; i++) {
    const h = rng.pick(headers);
    const v = h.endsWith('Origin') ? rng.pick(['req.headers.origin', "'*'", `'https://s${i}.example.com'`]) : "'true'";
    lines.push(`  res.${rng.pick(['setHeader', 'header', 'set'])}('${h}', ${v});`);
  }
  lines.push('  next();', '});');
  return { file: 'gen/headers.js', text: lines.join('\n') };
}

/** Hundreds of cors() calls or flask-cors decorators, each its own site. */
function manySites(rng) {
  const n = rng.logInt(10, 1500);
  if (rng.chance(0.5)) {
    const lines = [EXPRESS_HEAD];
    for (let i = 0; i < n; i++) lines.push(`app.use('/p${i}', cors({ origin: ${rng.pick([`'https://s${i}.example.com'`, "'*'", 'true', '/\\.example\\.com$/'])}, credentials: true }));`);
    return { file: 'gen/sites.js', text: lines.join('\n') };
  }
  const lines = [FLASK_HEAD, 'CORS(app, supports_credentials=True)'];
  for (let i = 0; i < n; i++) {
    lines.push(`@app.route("/p${i}")`, `@cross_origin(origins=${rng.pick([`"https://s${i}.example.com"`, '"*"', 'r".*"'])}, supports_credentials=True)`, `def p${i}():`, '    return "ok"', '');
  }
  return { file: 'gen/sites.py', text: lines.join('\n') };
}

/** A CORS value or a block of code nested thousands of levels deep. */
function deepNesting(rng) {
  const d = rng.logInt(10, 20000);
  switch (rng.int(0, 3)) {
    case 0: return { file: 'gen/deep.js', text: `${EXPRESS_HEAD}app.use(cors({ origin: ${'['.repeat(d)}'https://a.example.com'${']'.repeat(d)} }));\n` };
    case 1: return { file: 'gen/deep.py', text: `${FLASK_HEAD}CORS(app, origins=${'['.repeat(d)}"https://a.example.com"${']'.repeat(d)})\n` };
    case 2: return { file: 'gen/deep-blocks.js', text: `${EXPRESS_HEAD}${'if (a) {\n'.repeat(d)}app.use(cors({ origin: '*' }));\n${'}\n'.repeat(d)}` };
    default: {
      const levels = Math.min(d, 400); // Python's indentation grows the file quadratically
      let text = FLASK_HEAD;
      for (let i = 0; i < levels; i++) text += ' '.repeat(i) + 'if True:\n';
      return { file: 'gen/deep-blocks.py', text: text + ' '.repeat(levels) + 'CORS(app, origins="*")\n' };
    }
  }
}

/** A catastrophic pattern as an origin, with credentials so the weakness rules look at it hard. */
function regexOrigin(rng) {
  const p = rng.pick(CATASTROPHIC);
  if (rng.chance(0.5)) return { file: 'gen/regex.js', text: `${EXPRESS_HEAD}app.use(cors({ origin: [/${p.replace(/\//g, '\\/')}/], credentials: true }));\n` };
  return { file: 'gen/regex.py', text: `${FLASK_HEAD}CORS(app, origins=[r"${p}"], supports_credentials=True)\n` };
}

const GENERATORS = [
  [1, 'gen-js-chain', jsChain],
  [1, 'gen-django-self-prepend', djangoSelfPrepend],
  [1, 'gen-many-header-writes', manyHeaderWrites],
  [1, 'gen-many-sites', manySites],
  [1, 'gen-deep-nesting', deepNesting],
  [1, 'gen-regex-origin', regexOrigin],
];

module.exports = { GENERATORS };
