import * as assert from 'node:assert/strict';
import { addOriginActions } from '../../../src/analysis/fixes/add-origin';
import { applyFixes } from '../../../src/analysis/fixes/apply';
import { fixFile } from '../../../src/analysis/fixes/fix-file';
import { analyze } from '../../../src/analysis/analyze';

async function actions(file: string, text: string, origins: string[]) {
  const { model } = await analyze({ file, text });
  return addOriginActions(model, text, origins);
}

describe('fixes/add-origin', () => {
  it('gives one action per site and origin, normalizing the configured origins', async () => {
    const text = [
      'from flask import Flask',
      'from flask_cors import CORS',
      'app = Flask(__name__)',
      'CORS(app, resources={r"/api/*": {"origins": ["https://a.example.com"]}, r"/v2/*": {"origins": ["https://b.example.com"]}})',
      '',
    ].join('\n');
    const got = await actions('app.py', text, ['http://localhost:3000/', 'http://localhost:5173', 'http://localhost:3000']);
    assert.equal(got.length, 4);
    assert.deepEqual([...new Set(got.map(a => a.origin))], ['http://localhost:3000', 'http://localhost:5173']);
    assert.ok(got.every(a => a.fix && a.title === `Add ${a.origin} to allowed origins` && a.fix.applicability === 'unsafe'));
  });

  it('offers the wildcard replacement separately and says why adding is pointless', async () => {
    const text = "const express = require('express');\nconst cors = require('cors');\nconst app = express();\napp.use(cors({ origin: '*' }));\n";
    const [a] = await actions('server.js', text, ['http://localhost:3000']);
    assert.equal(a.title, 'Replace the wildcard with http://localhost:3000');
    assert.match(a.explanation!, /Every origin is already allowed here/);
    assert.equal(applyFixes(text, [a.fix!]).text, text.replace("origin: '*'", "origin: ['http://localhost:3000']"));
  });

  it('adds the origin to an allowlist module the site imports, in that module', async () => {
    const files = new Map([
      ['api/server.js', "const express = require('express');\nconst cors = require('cors');\nconst allowedOrigins = require('./config/allowedOrigins');\nconst app = express();\napp.use(cors({ origin: allowedOrigins, credentials: true }));\n"],
      ['api/config/allowedOrigins.js', "const allowedOrigins = [\n  'https://www.example.com',\n  'https://admin.example.com',\n];\n\nmodule.exports = allowedOrigins;\n"],
    ]);
    const readFile = (f: string) => files.get(f);
    const server = files.get('api/server.js')!;
    const { model } = await analyze({ file: 'api/server.js', text: server }, { readFile });
    const [a] = addOriginActions(model, server, ['http://localhost:3000'], readFile);
    assert.equal(a.file, 'api/config/allowedOrigins.js');
    assert.equal(applyFixes(files.get(a.file!)!, [a.fix!]).text, "const allowedOrigins = [\n  'https://www.example.com',\n  'https://admin.example.com',\n  'http://localhost:3000',\n];\n\nmodule.exports = allowedOrigins;\n");
    // Without a reader the module cannot be edited: the action says where to add it.
    const [b] = addOriginActions(model, server, ['http://localhost:3000']);
    assert.equal(b.fix, undefined);
    assert.match(b.explanation!, /written in api\/config\/allowedOrigins\.js; add http:\/\/localhost:3000 to the list there/);
  });

  it('never edits a list read from the environment', async () => {
    const text = "import os\nfrom flask import Flask\nfrom flask_cors import CORS\napp = Flask(__name__)\nCORS(app, origins=os.environ.get('ORIGINS', 'https://a.example.com').split(','))\n";
    const [a] = await actions('app.py', text, ['http://localhost:3000']);
    assert.equal(a.fix, undefined);
    assert.match(a.explanation!, /environment variable ORIGINS/);
  });
});

describe('fixes/fix-file', () => {
  it('applies only preferred safe fixes and reports them', async () => {
    const text = [
      'INSTALLED_APPS = ["django.contrib.contenttypes"]',
      'MIDDLEWARE = ["django.middleware.common.CommonMiddleware", "corsheaders.middleware.CorsMiddleware"]',
      'CORS_ORIGIN_WHITELIST = ["https://app.example.com/"]',
      'CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://\\w+.example.com$"]',
      'CORS_ALLOW_ALL_ORIGINS = True',
      '',
    ].join('\n');
    const r = await fixFile({ file: 'settings.py', text });
    assert.deepEqual(r.applied.map(a => a.ruleId).sort(), ['deprecated-setting', 'malformed-origin', 'middleware-order', 'missing-app', 'weak-regex']);
    assert.equal(r.text, [
      'INSTALLED_APPS = ["django.contrib.contenttypes", "corsheaders"]',
      'MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware", "django.middleware.common.CommonMiddleware"]',
      'CORS_ALLOWED_ORIGINS = ["https://app.example.com"]',
      'CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://\\w+\\.example\\.com$"]',
      'CORS_ALLOW_ALL_ORIGINS = True',
      '',
    ].join('\n'));
    // Unsafe fixes (the wildcard) are left for a person to choose.
    assert.ok(r.remaining.some(f => f.ruleId === 'wildcard-origin'));
  });
});
