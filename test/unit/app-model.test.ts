// The app model as the editor and Explain use it: what the Flask and Express adapters read (hooks and
// their conditions, blueprints, redirects, per-route cors), and the answering hook or route named in
// the hover's verdicts and in Explain's paragraph, with the rule's fix.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze';
import type { HookLink } from '../../src/analysis/app/model';
import { explain } from '../../src/analysis/explain';
import { applyEdits } from '../../src/analysis/fixes/apply';
import { checkSiteInApp, failureGroups } from '../../src/analysis/policy-summary';
import { consoleMessage } from '../../src/probe/console-messages';
import { workspace } from './route-workspace';

const FLASK = `from flask import Flask, Blueprint, request, abort, jsonify, session
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=["http://localhost:3000"], supports_credentials=True)
api = Blueprint("api", __name__, url_prefix="/api")


@app.before_request
def require_login():
    if request.path.startswith("/health"):
        return
    if "user_id" not in session:
        abort(401)


@api.before_request
def api_key():
    if request.method != "OPTIONS" and not request.headers.get("X-API-Key"):
        return jsonify(error="forbidden"), 403


@api.route("/items/", methods=["GET", "PUT"])
def items():
    return jsonify([])


app.register_blueprint(api)
app.run(port=5000)
`;

const EXPRESS = `const express = require('express');
const cors = require('cors');
const app = express();

function requireAuth(req, res, next) {
  if (!req.headers.authorization) return res.status(401).json({ error: 'unauthorized' });
  next();
}

app.use(requireAuth);
app.use(cors({ origin: 'http://localhost:3000' }));
app.put('/items', cors(), (req, res) => res.json({}));
app.listen(4000);
`;

describe('the app model', () => {
  it('Flask: reads hooks with their conditions, the blueprint prefix, the strict-slash redirect and flask-cors last', async () => {
    const { model } = await analyze({ file: 'app.py', text: FLASK });
    const chain = model.apps?.[0];
    assert.equal(chain?.framework, 'flask');
    assert.deepEqual(chain.links.map(l => l.kind), ['hook', 'hook', 'redirect', 'route', 'auto-options', 'cors']);
    const [login, key] = chain.links as HookLink[];
    assert.deepEqual([login.status, login.line, login.when], [401, 14, { exceptPathPrefixes: ['/health'], missingCookie: true }]);
    assert.deepEqual([key.status, key.blueprint, key.when], [403, 'api', { exceptMethods: ['OPTIONS'], missingHeader: 'x-api-key' }]);
    assert.deepEqual(chain.links[2], { ...chain.links[2], from: '/api/items', to: '/api/items/', status: 308 });
  });

  it('hover: the verdicts name the hook that answered the preflight', async () => {
    const { model } = await analyze({ file: 'app.py', text: FLASK });
    const check = checkSiteInApp(model, model.sites[0], ['http://localhost:3000']);
    assert.equal(check.path, '/api/items/');
    const groups = failureGroups(check.origins[0]);
    const preflight = groups.find(g => g.cases.includes('PUT JSON'));
    assert.match(preflight?.text ?? '', /It does not have HTTP ok status\. \(the preflight is answered by the before_request hook `require_login` at line 14 with 401; flask-cors adds its headers, but a preflight needs a 2xx status\)/);
    // The plain GET is answered 401 too, but with flask-cors's headers: the browser lets the page read it.
    assert.ok(!groups.some(g => g.cases.includes('GET')));
  });

  it('Explain: a preflight without an ok status points at the hook and offers to let OPTIONS through', async () => {
    const ws = await workspace([{ file: 'app.py', text: FLASK }]);
    const url = 'http://localhost:5000/api/items/';
    const e = await explain(consoleMessage(url, url, 'http://localhost:3000', 'PreflightInvalidStatus', {}), ws);
    assert.match(e.paragraph, /In the app, the preflight is answered by the before_request hook `require_login` at line 14 with 401/);
    assert.equal(e.cause?.line, 14);
    assert.equal(e.fix?.title, 'Let OPTIONS requests through the hook');
    assert.match(applyEdits(FLASK, e.fix!.edits), /def require_login\(\):\n {4}if request\.method == "OPTIONS":\n {8}return\n {4}if request\.path/);
  });

  it('Express: the 401 of auth middleware above cors() is named, and the per-route cors() of PUT /items is not reached', async () => {
    const { model, findings } = await analyze({ file: 'server.js', text: EXPRESS });
    assert.deepEqual(model.apps?.[0].links.map(l => l.kind), ['hook', 'cors', 'route', 'auto-options']);
    // The middleware answers the preflight before the router could: one finding, not options-not-answered too.
    assert.deepEqual(findings.map(f => f.ruleId).filter(id => id.startsWith('preflight') || id.startsWith('options')), ['preflight-rejected-by-hook']);
    const check = checkSiteInApp(model, model.sites[0], ['http://localhost:3000']);
    const groups = failureGroups(check.origins[0]);
    assert.match(groups.find(g => g.cases.includes('GET'))?.text ?? '', /No 'Access-Control-Allow-Origin' header .* \(the request is answered by the middleware `requireAuth` at line 6 with 401 before expressjs\/cors runs, so without CORS headers\)/);
  });
});

describe('the app model in Explain (Express)', () => {
  it('a missing Allow-Origin answered by auth middleware above cors() points at its 401 and offers to move cors() up', async () => {
    const ws = await workspace([{ file: 'server.js', text: EXPRESS }]);
    const url = 'http://localhost:4000/items';
    const e = await explain(consoleMessage(url, url, 'http://localhost:3000', 'MissingAllowOriginHeader', {}), ws);
    assert.match(e.paragraph, /In the app, the request is answered by the middleware `requireAuth` at line 6 with 401 before expressjs\/cors runs/);
    assert.equal(e.cause?.line, 6);
    assert.equal(e.fix?.title, 'Move app.use(cors(...)) above the middleware');
    assert.match(applyEdits(EXPRESS, e.fix!.edits), /\napp\.use\(cors\(\{ origin: 'http:\/\/localhost:3000' \}\)\);\napp\.use\(requireAuth\);\n/);
  });
});
