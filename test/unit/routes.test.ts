import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { findBackends, portsIn, siteForRequest, type Backend } from '../../src/analysis/routes';
import { ROOT, walk, workspace } from './route-workspace';

function lineOf(b: Backend, file: string, offset: number): number {
  const text = b.sources.find(s => s.file === file)?.text ?? '';
  return text.slice(0, offset).split('\n').length;
}

describe('route and port mapping on examples/', () => {
  let backends: Backend[];
  const at = (url: string, method = 'GET', preflight = false) => {
    const m = siteForRequest(backends, url, method, { preflight });
    assert.ok(m, url);
    const text = m.backend.sources.find(s => s.file === m.file)!.text;
    return { ...m, line: lineOf(m.backend, m.file, m.site.range.start), code: text.slice(m.site.range.start, m.site.range.end) };
  };
  before(async () => {
    const ws = await workspace(walk(path.join(ROOT, 'examples')));
    backends = findBackends(ws.models, ws.files);
  });

  it('finds one back end per example, with the port written in its code or its default', () => {
    const brief = backends.map(b => `${b.root} ${b.framework} ${b.ports.map(p => `${p.port}${p.isDefault ? '*' : ''}`).join(',')}`).sort();
    assert.deepEqual(brief, [
      'examples/django django 8000*',
      'examples/express express 4000',
      'examples/fastapi starlette 8000',
      'examples/flask flask 5000',
    ]);
    const flask = backends.find(b => b.framework === 'flask')!;
    const decl = flask.ports[0];
    assert.equal(flask.sources.find(s => s.file === decl.file)!.text.slice(decl.range.start, decl.range.end), 'int(os.environ.get("PORT", "5000"))');
    // The FastAPI port comes from the docstring's command line (uvicorn main:app --port 8000).
    assert.equal(backends.find(b => b.framework === 'starlette')!.ports[0].how, 'uvicorn --port');
  });

  it('Flask: @cross_origin beats resources; resources in flask-cors order; a guarded after_request header; uncovered paths', () => {
    assert.match(at('http://localhost:5000/api/export').code, /^@cross_origin/);
    assert.equal(at('http://localhost:5000/api/account').site.scope.pattern, '/api/*');
    assert.equal(at('http://localhost:5000/tenants/acme/books').site.scope.pattern, '/tenants/*');
    assert.equal(at('http://localhost:5000/public/books').site.scope.pattern, '/public/*');
    const embed = at('http://localhost:5000/embed/bestsellers');
    assert.equal(embed.site.framework, 'hand-written');
    assert.equal(embed.line, 69);
    const none = at('http://localhost:5000/health');
    assert.equal(none.applies, false);
    assert.match(none.why.join(' '), /no flask-cors resource pattern/);
  });

  it('Django: CORS_URLS_REGEX decides, the development settings answer localhost', () => {
    const cart = at('http://localhost:8000/api/cart/');
    assert.equal(cart.file, 'examples/django/shop/settings/dev.py');
    assert.equal(cart.applies, true);
    assert.equal(at('http://api.shop.example.com:8000/api/cart/').file, 'examples/django/shop/settings/base.py');
    const admin = siteForRequest(backends.filter(b => b.framework === 'django'), 'http://localhost:8000/admin/', 'GET');
    assert.equal(admin?.applies, false);
    assert.match(admin!.why.join(' '), /does not match \/admin\//);
  });

  it('FastAPI: each mounted sub-application answers with its own CORSMiddleware', () => {
    assert.match(at('http://127.0.0.1:8000/bookings/').code, /^bookings\.add_middleware/);
    assert.match(at('http://127.0.0.1:8000/feed/events').code, /^Middleware\(CORSMiddleware, allow_origins=\["\*"\]/);
    assert.match(at('http://127.0.0.1:8000/seatmaps/3').code, /^seatmaps\.add_middleware/);
    assert.equal(at('http://127.0.0.1:8000/embed/next-event').site.framework, 'hand-written');
  });

  it('Express: registration order, routers and route handlers that write the header', () => {
    const pub = at('http://localhost:4000/api/public/latest');
    assert.match(pub.code, /^cors\(\{ origin: \/\^https/);
    assert.match(pub.why.join(' '), /router publicApi mounted at \/api\/public/);
    assert.equal(at('http://localhost:4000/api/notes', 'POST', true).code, 'cors(corsOptions)');
    assert.equal(at('http://localhost:4000/api/notes').code, 'cors(corsOptions)');
    assert.match(at('http://localhost:4000/files/report.pdf').code, /^res\.setHeader\('Access-Control-Allow-Origin'/);
    const status = at('http://localhost:4000/status');
    assert.equal(status.applies, false);
    assert.match(status.why.join(' '), /answers before any cors\(\) runs/);
  });

  it('a port no back end declares: undefined when several back ends could answer', () => {
    assert.equal(siteForRequest(backends, 'http://localhost:9999/api/x', 'GET'), undefined);
    assert.equal(siteForRequest(backends, 'not a url', 'GET'), undefined);
  });
});

describe('ports', () => {
  const ports = (file: string, text: string) => portsIn({ file, text }).map(p => `${p.port} ${p.how}${p.isDefault ? ' (default)' : ''} [${text.slice(p.range.start, p.range.end)}]`);

  it('reads run and listen calls with literals, env defaults and named constants', () => {
    assert.deepEqual(ports('app.py', 'from flask import Flask\napp = Flask(__name__)\nif __name__ == "__main__":\n    app.run(debug=True, port=5050)\n'), ['5050 app.run(port=...) [5050]']);
    assert.deepEqual(ports('app.py', 'app = Flask(__name__)\napp.run("0.0.0.0", 8081)\n'), ['8081 app.run(port=...) [8081]']);
    assert.deepEqual(ports('app.py', 'app = Flask(__name__)\napp.run(debug=True)\nasyncio.run(main())\n'), ["5000 Flask's default port (app.run without port=) (default) [app.run(debug=True)]"]);
    assert.deepEqual(ports('main.py', 'import uvicorn\nuvicorn.run("main:app", host="0.0.0.0", port=int(os.getenv("PORT", 8001)))\n'), ['8001 uvicorn.run(port=...) [int(os.getenv("PORT", 8001))]']);
    assert.deepEqual(ports('server.js', "const PORT = process.env.PORT || 3001;\napp.listen(PORT, () => {});\n"), ['3001 .listen(...) [PORT]']);
    assert.deepEqual(ports('server.ts', "await fastify.listen({ host: '0.0.0.0', port: 8080 });\n"), ['8080 .listen(...) [8080]']);
    assert.deepEqual(ports('index.js', "app.listen(process.env.PORT ?? 5001)\n"), ['5001 .listen(...) [process.env.PORT ?? 5001]']);
  });

  it('reads command lines and .env', () => {
    assert.deepEqual(ports('package.json', '{"scripts":{"dev":"PORT=4001 nodemon server.js","api":"python manage.py runserver 0.0.0.0:8002","py":"uvicorn main:app --reload --port 8003"}}'),
      ['8002 manage.py runserver [8002]', '8003 uvicorn --port [8003]', '4001 PORT= on the command line [4001]']);
    assert.deepEqual(ports('Procfile', 'web: gunicorn shop.wsgi --bind 0.0.0.0:8004\n'), ['8004 the server command --bind [8004]']);
    assert.deepEqual(ports('Makefile', 'run:\n\tflask --app app run --port 5002\n'), ['5002 flask run --port [5002]']);
    assert.deepEqual(ports('.env', 'DEBUG=1\nPORT=5003\n'), ['5003 .env PORT= [5003]']);
    assert.deepEqual(ports('README.md', 'PORT=1234 node x'), []);
  });
});

describe('back ends of a multi-file project', () => {
  it('a Django project with manage.py and an Express API beside it; .env overrides the code default', async () => {
    const ws = await workspace([
      { file: 'repo/api/manage.py', text: 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings.prod")\n' },
      { file: 'repo/api/shop/__init__.py', text: '' },
      { file: 'repo/api/shop/settings/__init__.py', text: '' },
      { file: 'repo/api/shop/settings/dev.py', text: 'CORS_ALLOW_ALL_ORIGINS = True\n' },
      { file: 'repo/api/shop/settings/prod.py', text: 'CORS_ALLOWED_ORIGINS = ["https://shop.example.com"]\nCORS_URLS_REGEX = r"^/api/"\n' },
      { file: 'repo/api/Procfile', text: 'web: python manage.py runserver 8010\n' },
      { file: 'repo/web/package.json', text: '{"scripts":{"start":"node server.js"}}' },
      { file: 'repo/web/.env', text: 'PORT=4100\n' },
      { file: 'repo/web/server.js', text: "const cors = require('cors');\nconst express = require('express');\nconst app = express();\napp.use(cors({ origin: 'http://localhost:3000' }));\napp.listen(process.env.PORT || 3000);\n" },
    ]);
    const backends = findBackends(ws.models, ws.files);
    assert.deepEqual(backends.map(b => `${b.root} ${b.framework} ${b.ports.map(p => p.port).join(',')}`).sort(), ['repo/api django 8010', 'repo/web express 4100,3000']);
    const dj = siteForRequest(backends, 'http://localhost:8010/api/products', 'GET');
    assert.equal(dj?.file, 'repo/api/shop/settings/prod.py');
    assert.match(dj!.why.join(' '), /DJANGO_SETTINGS_MODULE selects shop\.settings\.prod/);
    const web = siteForRequest(backends, 'http://localhost:4100/anything', 'GET');
    assert.equal(web?.file, 'repo/web/server.js');
    assert.equal(web?.port?.how, '.env PORT=');
    // The code's fallback port leads to the same server.
    assert.equal(siteForRequest(backends, 'http://localhost:3000/x', 'GET')?.file, 'repo/web/server.js');
  });

  it('one back end and an undeclared port: that back end, saying the port was not found', async () => {
    const ws = await workspace([{ file: 'svc/app.py', text: 'from flask import Flask\nfrom flask_cors import CORS\napp = Flask(__name__)\nCORS(app, origins=["https://a.example"])\n' }]);
    const backends = findBackends(ws.models, ws.files);
    assert.equal(backends[0].ports[0].port, 5000);
    assert.equal(backends[0].ports[0].isDefault, true);
    const m = siteForRequest(backends, 'http://127.0.0.1:5999/x', 'GET');
    assert.equal(m?.site.scope.kind, 'app');
    assert.equal(m?.port, undefined);
    assert.match(m!.why[0], /no back end declares port 5999/);
  });
});
