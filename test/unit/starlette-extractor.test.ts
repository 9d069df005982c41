// The model the Starlette/FastAPI adapter builds from CORSMiddleware and hand-written HTTP middleware.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze';
import { brief, modelOf } from './model-helpers';

const sites = (text: string, file = 'main.py') => modelOf(text, file);

const HEAD = 'import os\nimport re\nfrom fastapi import FastAPI, Request\nfrom fastapi.middleware.cors import CORSMiddleware\nfrom starlette.middleware import Middleware\napp = FastAPI()\n';

describe('starlette extractor', () => {
  it('keeps the library default: allow_origins=() allows no origin', async () => {
    const { sites: [site], at } = await sites(`${HEAD}app.add_middleware(CORSMiddleware)\n`);
    assert.equal(site.framework, 'starlette');
    assert.deepEqual(site.scope, { kind: 'app' });
    assert.equal(at(site.range), 'app.add_middleware(CORSMiddleware)');
    assert.deepEqual(site.origins.entries, []);
    assert.deepEqual(site.origins.source, { kind: 'library-default' });
    assert.equal(site.origins.option, 'allow_origins');
    assert.equal(site.credentials, undefined);
    assert.equal(site.varyOrigin, true);
  });

  it('classifies allow_origins entries and follows variables and env defaults', async () => {
    const { sites: [site], at } = await sites(`${HEAD}ORIGINS = os.getenv("ORIGINS", "https://a.example.com,null").split(",") + ["*", "HTTPS://B.example.com"]
app.add_middleware(CORSMiddleware, allow_origins=ORIGINS, allow_credentials=True)
`);
    assert.deepEqual(site.origins.entries.map(brief), ['exact https://a.example.com', 'null', 'any', 'exact HTTPS://B.example.com']);
    assert.deepEqual(site.origins.entries[0].source, { kind: 'env-default', variable: 'ORIGINS' });
    assert.equal(site.origins.entries[2].source.kind, 'variable');
    assert.equal(at(site.origins.entries[2].range), '"*"');
    assert.equal(at(site.origins.range), 'ORIGINS');
    assert.equal(site.credentials?.value, true);
  });

  it('models a str allow_origins the way `in` reads it', async () => {
    const { sites: [comma, star], at } = await sites(`${HEAD}app.add_middleware(CORSMiddleware, allow_origins="https://a.example.com, https://b.example.com")
app.add_middleware(CORSMiddleware, allow_origins="https://*.example.com")
`);
    // `origin in "<str>"`: every substring is allowed, which no entry kind expresses.
    assert.deepEqual(comma.origins.entries.map(brief), ['dynamic']);
    assert.equal(at(comma.origins.notAList), '"https://a.example.com, https://b.example.com"');
    // "*" in "https://*.example.com" is True: every origin is allowed.
    assert.deepEqual(star.origins.entries.map(brief), ['any']);
    assert.equal(star.origins.notAList, undefined);
  });

  it('reads allow_origin_regex as a fullmatch regex without flags', async () => {
    const { sites: [plain, compiled], at } = await sites(`${HEAD}app.add_middleware(CORSMiddleware, allow_origin_regex=r"https://[a-z]+\\.example\\.com")
PATTERN = re.compile(r"https://(a|b)\\.example\\.com")
app.add_middleware(CORSMiddleware, allow_origins=["https://c.example.com"], allow_origin_regex=PATTERN)
`);
    assert.deepEqual(plain.origins.entries.map(brief), ['regex https://[a-z]+\\.example\\.com /']);
    assert.equal(plain.origins.option, 'allow_origin_regex');
    assert.deepEqual(compiled.origins.entries.map(brief), ['exact https://c.example.com', 'regex https://(a|b)\\.example\\.com /']);
    assert.equal(at(compiled.origins.entries[1].range), 'r"https://(a|b)\\.example\\.com"');
  });

  it('finds Middleware(CORSMiddleware, ...) in middleware=[...] and in a module-level list', async () => {
    const { sites: list, at } = await sites(`${HEAD}from starlette.applications import Starlette
api = FastAPI(middleware=[Middleware(CORSMiddleware, allow_origins=["https://a.example.com"])])
middleware = [
    Middleware(CORSMiddleware, allow_origins=["*"], expose_headers=["*"], allow_methods=["GET", "POST"], max_age=3600),
]
web = Starlette(middleware=middleware)
`);
    assert.equal(list.length, 2);
    assert.ok(at(list[0].range)?.startsWith('Middleware(CORSMiddleware'));
    assert.deepEqual(list[1].exposeHeaders?.value, ['*']);
    assert.equal(at(list[1].exposeHeaders?.range), '["*"]');
    assert.deepEqual(list[1].methods?.value, ['GET', 'POST']);
    assert.equal(list[1].maxAge?.value, 3600);
  });

  it('resolves **settings and dict(...), and marks an unknown splat as dynamic', async () => {
    const { sites: [dictLiteral, dictCall, unknown] } = await sites(`${HEAD}SETTINGS = {"allow_origins": ["https://a.example.com"], "allow_credentials": True}
app.add_middleware(CORSMiddleware, **SETTINGS)
app.add_middleware(CORSMiddleware, **dict(allow_origins=["null"]))
app.add_middleware(CORSMiddleware, **get_settings().cors)
`);
    assert.deepEqual(dictLiteral.origins.entries.map(brief), ['exact https://a.example.com']);
    assert.equal(dictLiteral.credentials?.value, true);
    assert.deepEqual(dictCall.origins.entries.map(brief), ['null']);
    assert.deepEqual(unknown.origins.entries.map(e => e.kind), ['dynamic']);
  });

  it('recognises an aliased import and the hand-wrapped ASGI app', async () => {
    const { sites: list } = await sites(`from starlette.middleware.cors import CORSMiddleware as Cors
from starlette.applications import Starlette
app = Starlette()
app.add_middleware(Cors, allow_origins=["https://a.example.com"])
asgi = Cors(app, allow_origins=["https://b.example.com"])
`);
    assert.deepEqual(list.map(s => brief(s.origins.entries[0])), ['exact https://a.example.com', 'exact https://b.example.com']);
  });

  it('marks DEBUG-guarded middleware as development-only', async () => {
    const { sites: list } = await sites(`${HEAD}from app.config import settings
if settings.DEBUG:
    app.add_middleware(CORSMiddleware, allow_origins=["*"])
else:
    app.add_middleware(CORSMiddleware, allow_origins=["https://a.example.com"])
`);
    assert.deepEqual(list.map(s => s.devOnly), [true, false]);
  });

  it('reads headers written by hand in @app.middleware("http")', async () => {
    const { sites: [site], at } = await sites(`${HEAD}@app.middleware("http")
async def cors(request: Request, call_next):
    response = await call_next(request)
    response.headers["Access-Control-Allow-Origin"] = request.headers.get("origin")
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response
`);
    assert.equal(site.framework, 'hand-written');
    const [entry] = site.origins.entries;
    assert.equal(entry.kind === 'reflect-any' && entry.how, 'the HTTP middleware');
    assert.equal(at(entry.range), 'request.headers.get("origin")');
    assert.equal(site.credentials?.value, true);
    assert.equal(site.varyOrigin, false);
  });

  it('reads headers a route sets on its own response, scoped to the route', async () => {
    const { sites: [site], at } = await sites(`${HEAD}from fastapi.responses import JSONResponse
@app.get("/widgets/{name}")
async def widget(name: str, request: Request):
    return JSONResponse({}, headers={"Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "X-Widget"})
`);
    assert.equal(site.framework, 'hand-written');
    assert.deepEqual(site.scope, { kind: 'route', pattern: '/widgets/{name}' });
    assert.deepEqual(site.origins.entries.map(e => e.kind), ['any']);
    assert.equal(at(site.origins.entries[0].range), '"*"');
    assert.deepEqual(site.exposeHeaders?.value, ['X-Widget']);
  });

  describe('half-typed and invalid code', () => {
    const broken = [
      `${HEAD}app.add_middleware(CORSMiddleware, allow_origins=[`,
      `${HEAD}app.add_middleware(CORSMiddleware, **opts)`,
      `${HEAD}app.add_middleware(CORSMiddleware, allow_origins=["https://a.example.com`,
      `${HEAD}app.add_middleware(CORSMiddleware, allow_origin_regex=r"https://`,
      `${HEAD}app.add_middleware(`,
      `${HEAD}app = FastAPI(middleware=[Middleware(CORSMiddleware, allow_origins=`,
      `${HEAD}@app.middleware("http")\nasync def f(request, call_next):\n    response.headers["Access-Control-Allow-Origin"] =\n`,
      'CORSMiddleware(',
    ];
    for (const text of broken) {
      it(`does not throw on ${JSON.stringify(text.slice(text.startsWith(HEAD) ? HEAD.length : 0).slice(0, 60))}`, async () => {
        const result = await analyze({ file: 'main.py', text });
        assert.equal(result.skipped, undefined);
        assert.ok(Array.isArray(result.findings));
      });
    }
  });
});
