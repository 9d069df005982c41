// The model the flask-cors adapter builds: where values come from, scopes, ranges and precedence.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze';
import { brief, modelOf } from './model-helpers';

const sites = (text: string, file = 'app.py') => modelOf(text, file);

const HEAD = 'import os\nimport re\nfrom flask import Flask, request\nfrom flask_cors import CORS, cross_origin\napp = Flask(__name__)\n';

describe('flask-cors extractor', () => {
  it('follows a module-level name and says so', async () => {
    const { sites: [site], at } = await sites(`${HEAD}ORIGINS = ["https://a.example.com"]\nCORS(app, origins=ORIGINS)\n`);
    assert.equal(site.framework, 'flask-cors');
    assert.deepEqual(site.scope, { kind: 'app' });
    assert.equal(at(site.range), 'CORS(app, origins=ORIGINS)');
    assert.equal(at(site.origins.range), 'ORIGINS');
    assert.equal(site.origins.option, 'origins');
    const [entry] = site.origins.entries;
    assert.equal(brief(entry), 'exact https://a.example.com');
    assert.equal(at(entry.range), '"https://a.example.com"');
    assert.equal(entry.source.kind, 'variable');
    assert.equal(entry.source.kind === 'variable' && entry.source.name, 'ORIGINS');
  });

  it('takes the default of os.environ.get and keeps the variable name', async () => {
    const { sites: [site], at } = await sites(`${HEAD}CORS(app, origins=os.environ.get("CORS_ORIGINS", "*"))\n`);
    const [entry] = site.origins.entries;
    assert.equal(entry.kind, 'any');
    assert.deepEqual(entry.source, { kind: 'env-default', variable: 'CORS_ORIGINS' });
    assert.equal(at(entry.range), '"*"');
  });

  it('classifies origin strings the way flask_cors.core.probably_regex does', async () => {
    const { sites: [site] } = await sites(`${HEAD}CORS(app, origins=["*", ".*", "https://*.example.com", "https://a.example.com", "NULL",
    re.compile(r"^https://b\\.example\\.com$"), re.compile("^https://c", re.I), r"^https://d\\.example\\.com$"])\n`);
    assert.deepEqual(site.origins.entries.map(brief), [
      'any',
      'regex .* /i',
      'regex https://*.example.com /i',
      'exact https://a.example.com',
      'null',
      'regex ^https://b\\.example\\.com$ /',
      'regex ^https://c /i',
      'regex ^https://d\\.example\\.com$ /i',
    ]);
  });

  it('marks an environment value without default as dynamic', async () => {
    const { sites: [site] } = await sites(`${HEAD}CORS(app, origins=os.environ["CORS_ORIGINS"])\n`);
    const [entry] = site.origins.entries;
    assert.equal(entry.kind, 'dynamic');
    assert.equal(entry.kind === 'dynamic' && entry.how, '$CORS_ORIGINS');
  });

  it('uses the library default "*" when nothing sets origins, on the call itself', async () => {
    const { sites: [site], at } = await sites(`${HEAD}CORS(app, supports_credentials=True)\n`);
    assert.equal(site.origins.range, undefined);
    assert.deepEqual(site.origins.source, { kind: 'library-default' });
    const [entry] = site.origins.entries;
    assert.equal(entry.kind, 'any');
    assert.deepEqual(entry.source, { kind: 'library-default' });
    assert.deepEqual(entry.range, site.range);
    assert.equal(site.credentials?.value, true);
    assert.equal(at(site.credentials?.range), 'True');
  });

  it('treats supports_credentials="False" as Python does: truthy', async () => {
    const { sites: [site] } = await sites(`${HEAD}CORS(app, origins=["https://a.example.com"], supports_credentials=os.getenv("CREDS", "False"))\n`);
    assert.equal(site.credentials?.value, true);
    assert.deepEqual(site.credentials?.source, { kind: 'env-default', variable: 'CREDS' });
  });

  it('reads the other options with their ranges', async () => {
    const { sites: [site], at } = await sites(`${HEAD}CORS(app, origins="https://a.example.com", methods=["GET", "POST"], allow_headers="Content-Type, X-Token",
    expose_headers="*", max_age=600, send_wildcard=False, vary_header=False)\n`);
    assert.deepEqual(site.methods?.value, ['GET', 'POST']);
    assert.deepEqual(site.allowHeaders?.value, ['Content-Type', 'X-Token']);
    assert.deepEqual(site.exposeHeaders?.value, ['*']);
    assert.equal(at(site.exposeHeaders?.range), '"*"');
    assert.equal(site.maxAge?.value, 600);
    assert.equal(site.sendWildcard?.value, false);
    assert.equal(site.varyOrigin, false);
  });

  it('applies precedence: resource options > init_app > CORS() > app.config > default', async () => {
    const { sites: list, at } = await sites(`${HEAD}app.config["CORS_ORIGINS"] = ["https://config.example.com"]
app.config.update(CORS_SUPPORTS_CREDENTIALS=True, CORS_MAX_AGE=60)
app.config.from_mapping({"CORS_EXPOSE_HEADERS": ["X-Config"]})
cors = CORS(origins=["https://ctor.example.com"], max_age=120)
cors.init_app(app, expose_headers=["X-Init"], resources={
    r"/api/*": {"origins": "https://api.example.com"},
    r"/public/*": {"supports_credentials": False},
})
`);
    assert.equal(list.length, 2);
    const [api, pub] = list;
    assert.deepEqual(api.scope, { kind: 'path-pattern', pattern: '/api/*' });
    assert.equal(at(api.range), 'r"/api/*": {"origins": "https://api.example.com"}');
    assert.deepEqual(api.origins.entries.map(brief), ['exact https://api.example.com']);
    assert.equal(api.credentials?.value, true);
    assert.equal(api.maxAge?.value, 120);
    assert.deepEqual(api.exposeHeaders?.value, ['X-Init']);
    assert.deepEqual(pub.scope, { kind: 'path-pattern', pattern: '/public/*' });
    assert.deepEqual(pub.origins.entries.map(brief), ['exact https://ctor.example.com']);
    assert.equal(pub.credentials?.value, false);
  });

  it('names the config key when the origins come from app.config', async () => {
    const { sites: [site], at } = await sites(`${HEAD}app.config["CORS_ORIGINS"] = "https://a.example.com"\nCORS(app)\n`);
    assert.equal(site.origins.option, 'CORS_ORIGINS');
    assert.equal(at(site.origins.range), '"https://a.example.com"');
  });

  it('reads a config class loaded with from_object, subclasses overriding their bases', async () => {
    const { sites: [site], at } = await sites(`${HEAD}class Config:
    CORS_ORIGINS = ["https://base.example.com"]
    CORS_SUPPORTS_CREDENTIALS = True

class ProductionConfig(Config):
    CORS_ORIGINS = ["https://prod.example.com"]

app.config.from_object(ProductionConfig)
CORS(app)
`);
    assert.deepEqual(site.origins.entries.map(brief), ['exact https://prod.example.com']);
    assert.equal(site.origins.option, 'CORS_ORIGINS');
    assert.equal(at(site.origins.entries[0].range), '"https://prod.example.com"');
    assert.equal(site.credentials?.value, true);
  });

  it('ignores config written after CORS() runs or for another app; the decorator reads it per request', async () => {
    const { sites: list } = await sites(`${HEAD}other = Flask("other")
other.config["CORS_ORIGINS"] = ["https://other.example.com"]
CORS(app)
app.config["CORS_ORIGINS"] = ["https://late.example.com"]

@app.route("/x")
@cross_origin()
def x():
    return ""
`);
    const [call, decorator] = list;
    assert.deepEqual(call.origins.entries.map(brief), ['any']);
    assert.deepEqual(decorator.origins.entries.map(brief), ['exact https://late.example.com']);
  });

  it('gives @cross_origin a route scope with the path of @app.route', async () => {
    const { sites: [site], at } = await sites(`${HEAD}@app.route("/api/me", methods=["GET"])
@cross_origin(origins=["https://a.example.com"], supports_credentials=True)
def me():
    return ""
`);
    assert.deepEqual(site.scope, { kind: 'route', pattern: '/api/me' });
    assert.ok(at(site.range)?.startsWith('@cross_origin('));
  });

  it('follows names local to an app factory and a CORS() bound at module level', async () => {
    const { sites: [site], at } = await sites(`${HEAD}cors = CORS()
DEFAULT = "https://default.example.com"

def create_app():
    app = Flask(__name__)
    origins = [DEFAULT, "https://local.example.com"]
    cors.init_app(app, origins=origins)
    return app
`);
    assert.equal(at(site.range), 'cors.init_app(app, origins=origins)');
    assert.deepEqual(site.origins.entries.map(brief), ['exact https://default.example.com', 'exact https://local.example.com']);
    assert.equal(at(site.origins.entries[0].range), '"https://default.example.com"');
  });

  it('resolves **options from a dict and does not guess through an unknown one', async () => {
    const { sites: [known, unknown] } = await sites(`${HEAD}OPTS = {"origins": ["https://a.example.com"], "supports_credentials": True}
CORS(app, **OPTS)
api = Flask("api")
CORS(api, **load_settings())
`);
    assert.deepEqual(known.origins.entries.map(brief), ['exact https://a.example.com']);
    assert.equal(known.credentials?.value, true);
    assert.deepEqual(unknown.origins.entries.map(e => e.kind), ['dynamic']);
  });

  it('recognises aliases and one site per resource pattern in a list', async () => {
    const { sites: list } = await sites(`from flask import Flask
from flask_cors import CORS as Cors
app = Flask(__name__)
Cors(app, resources=[r"/api/*", r"/v2/*"], origins="https://a.example.com")
`);
    assert.deepEqual(list.map(s => s.scope), [{ kind: 'path-pattern', pattern: '/api/*' }, { kind: 'path-pattern', pattern: '/v2/*' }]);
  });

  it('marks development-only sites: DEBUG guards and dev files', async () => {
    const { sites: list } = await sites(`${HEAD}if app.debug:
    CORS(app)
if os.environ.get("FLASK_ENV") == "development":
    CORS(app, origins="*")
if not app.config["DEBUG"]:
    CORS(app, origins=["https://prod.example.com"])
else:
    CORS(app, origins="*")
CORS(app, origins=["https://a.example.com"])
`);
    assert.deepEqual(list.map(s => s.devOnly), [true, true, false, true, false]);
    const { sites: [dev] } = await sites(`${HEAD}CORS(app)\n`, 'config/dev.py');
    assert.equal(dev.devOnly, true);
  });

  describe('hand-written headers in after_request', () => {
    it('reflects the request origin, with its credentials and Vary', async () => {
      const { sites: [site], at } = await sites(`${HEAD}@app.after_request
def cors(response):
    origin = request.headers.get("Origin")
    response.headers["Access-Control-Allow-Origin"] = origin
    response.headers["Access-Control-Allow-Credentials"] = "true"
    response.headers["Access-Control-Expose-Headers"] = "X-Total, X-Page"
    response.headers["Vary"] = "Origin"
    return response
`);
      assert.equal(site.framework, 'hand-written');
      assert.deepEqual(site.scope, { kind: 'response' });
      const [entry] = site.origins.entries;
      assert.equal(entry.kind, 'reflect-any');
      assert.equal(entry.kind === 'reflect-any' && entry.how, 'the after_request hook');
      assert.equal(at(entry.range), 'origin');
      assert.equal(site.credentials?.value, true);
      assert.deepEqual(site.exposeHeaders?.value, ['X-Total', 'X-Page']);
      assert.equal(site.varyOrigin, true);
    });

    it('sees an allowlist check, a literal and Python True for credentials', async () => {
      const { sites: [checked, literal] } = await sites(`${HEAD}ALLOWED = {"https://a.example.com"}
api = Flask("api")

@app.after_request
def cors(response):
    if request.origin in ALLOWED:
        response.headers["Access-Control-Allow-Origin"] = request.origin
    return response

def static_cors(response):
    response.headers.add("Access-Control-Allow-Origin", "*")
    response.headers["Access-Control-Allow-Credentials"] = True
    return response

api.after_request(static_cors)
`);
      // The checked origin, and the allowlist it is checked against.
      assert.deepEqual(checked.origins.entries.map(brief), ['dynamic', 'exact https://a.example.com']);
      assert.equal(checked.varyOrigin, false);
      assert.deepEqual(literal.origins.entries.map(e => e.kind), ['any']);
      // "True" is not the "true" browsers require.
      assert.equal(literal.credentials?.value, false);
    });

    it('tells the allowed branch of a check from the refused one', async () => {
      const { sites: [site] } = await sites(`${HEAD}ALLOWED = {"https://a.example.com"}

@app.after_request
def cors(response):
    origin = request.headers.get("Origin")
    if origin in ALLOWED:
        response.headers["Access-Control-Allow-Origin"] = origin
    else:
        response.headers["Access-Control-Allow-Origin"] = origin
    if "Origin" in request.headers:
        response.headers["Access-Control-Allow-Origin"] = origin
    if not origin or origin not in ALLOWED:
        return response
    response.headers["Access-Control-Allow-Origin"] = origin
    return response
`);
      assert.deepEqual(site.origins.entries.map(e => e.kind), ['dynamic', 'exact', 'reflect-any', 'reflect-any', 'dynamic', 'exact']);
    });

    it('follows a local alias of response.headers', async () => {
      const { sites: [site] } = await sites(`${HEAD}@app.after_request
def cors(response):
    header = response.headers
    header["Access-Control-Allow-Origin"] = "*"
    return response
`);
      assert.deepEqual(site.origins.entries.map(e => e.kind), ['any']);
    });

    it('reads headers a Flask view writes itself, scoped to its route, and not those of a helper nothing uses', async () => {
      const { sites: list, at } = await sites(`${HEAD}@app.route("/export")
def export():
    return jsonify([]), 200, {"Access-Control-Allow-Origin": request.headers.get("Origin"), "Vary": "Origin"}

def helper(response):
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response
`);
      assert.equal(list.length, 1);
      assert.deepEqual(list[0].scope, { kind: 'route', pattern: '/export' });
      const [entry] = list[0].origins.entries;
      assert.equal(entry.kind === 'reflect-any' && entry.how, 'the `export` view');
      assert.equal(at(entry.range), 'request.headers.get("Origin")');
      assert.equal(list[0].varyOrigin, true);
    });
  });

  describe('origin regexes in findings', () => {
    const findingsOf = async (origins: string) => {
      const { findings } = await analyze({ file: 'app.py', text: `from flask import Flask\nfrom flask_cors import CORS\n\napp = Flask(__name__)\nCORS(app, origins=[${origins}])\n` });
      return findings.filter(f => f.ruleId === 'weak-regex').map(f => f.message);
    };

    it('reports `.*` right after the host with an origin the pattern really accepts', async () => {
      const [message] = await findingsOf('"http://localhost.*"');
      assert.match(message, /`\.\*` after the host also matches http:\/\/localhost\.evil\.example/);
      assert.doesNotMatch(message, /no `\$`/);
    });

    it('leaves the dots of an IP literal alone but still reports a missing end anchor', async () => {
      assert.deepEqual(await findingsOf('r"^http://127.0.0.1:\\d+$"'), []);
      const [message] = await findingsOf('r"^http://127.0.0.1"');
      assert.match(message, /no `\$`/);
      assert.doesNotMatch(message, /unescaped/);
    });

    it('knows that only digits can follow a port: a missing `$` after one is a weakness only while the port can grow', async () => {
      assert.deepEqual(await findingsOf('r"^http://127.0.0.1:\\d+"'), []);
      assert.deepEqual(await findingsOf('r"^https://app\\.example\\.com:8443"'), []);
      const [message] = await findingsOf('r"^https://app\\.example\\.com:3000"');
      assert.match(message, /a longer port such as https:\/\/app\.example\.com:30000 also matches/);
    });
  });

  describe('half-typed and invalid code', () => {
    const broken = [
      `${HEAD}CORS(app, origins=[`,
      `${HEAD}CORS(app, **opts)`,
      `${HEAD}CORS(app, origins="https://a.example.com`,
      `${HEAD}CORS(app, origins=["https://a.example.com", supports_credentials=`,
      `${HEAD}@cross_origin(\ndef f():\n    pass\n`,
      `${HEAD}@app.route("/x")\n@cross_origin(origins='*\ndef f(): pass\n`,
      `${HEAD}app.config["CORS_ORIGINS"] =\nCORS(app)\n`,
      `${HEAD}app.config.update(CORS_ORIGINS=\n`,
      `${HEAD}cors = CORS(\ncors.init_app(`,
      `${HEAD}CORS(app, resources={r"/api/*": {"origins": `,
      `${HEAD}CORS(app, resources={r"/api/*": OPTS, r"/b/*"`,
      `${HEAD}@app.after_request\ndef f(response):\n    response.headers["Access-Control-Allow-Origin"] =\n`,
      `${HEAD}@app.after_request\ndef f(response):\n    response.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin"\n`,
      `${HEAD}CORS(`,
      'CORS_',
      `${HEAD}X = X\nY = Y + Y\nCORS(app, origins=X, supports_credentials=Y)\n`,
    ];
    for (const text of broken) {
      it(`does not throw on ${JSON.stringify(text.slice(HEAD.length).slice(0, 60))}`, async () => {
        const result = await analyze({ file: 'app.py', text });
        assert.equal(result.skipped, undefined);
        assert.ok(Array.isArray(result.findings));
      });
    }

    it('still reports the well-formed parts of a broken file', async () => {
      const result = await analyze({ file: 'app.py', text: `${HEAD}CORS(app, origins="*")\n\nCORS(app, origins=[` });
      assert.ok(result.model.hasSyntaxErrors);
      assert.ok(result.findings.some(f => f.ruleId === 'wildcard-origin'));
    });
  });
});
