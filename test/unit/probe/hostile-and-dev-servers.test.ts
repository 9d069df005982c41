import * as assert from 'node:assert/strict';
import { devServerUrls } from '../../../src/extension/probe/dev-server-urls';
import { assessHostile, hostileOrigins, type HostileProbe } from '../../../src/probe/hostile';

describe('hostile origin catalogue', () => {
  it('covers the tricks for a localhost origin', () => {
    const origins = hostileOrigins('http://localhost:3000').map((h) => h.origin);
    for (const o of ['https://evil.example', 'null', 'http://localhost.evil.example:3000', 'http://evillocalhost:3000',
      'http://evil.localhost:3000', 'http://localhost:3000.evil.example', 'http://localhost']) {
      assert.ok(origins.includes(o), o);
    }
    assert.ok(!origins.includes('http://localhost:3000'));
    assert.equal(new Set(origins).size, origins.length);
  });

  it('adds the downgrade, sibling and dot tricks for an https domain', () => {
    const origins = hostileOrigins('https://app.example.com').map((h) => h.origin);
    for (const o of ['http://app.example.com', 'https://evil.example.com', 'https://appxexample.com', 'https://evilexample.com']) {
      assert.ok(origins.includes(o), o);
    }
  });

  it('labels origins browsers never send', () => {
    const h13 = hostileOrigins('http://localhost:3000').find((h) => h.origin === 'http://localhost:3000.evil.example');
    assert.equal(h13?.browserSendable, false);
    const probes: HostileProbe[] = [{ hostile: h13!, get: { status: 200, headers: [['Access-Control-Allow-Origin', h13!.origin], ['Vary', 'Origin']] } }];
    assert.deepEqual(assessHostile(probes).map((f) => f.severity), ['info']);
  });

  it('rates reflection with credentials high and notices a missing Vary', () => {
    const [evil] = hostileOrigins('http://localhost:3000');
    const probes: HostileProbe[] = [{ hostile: evil, get: { status: 200, headers: [['Access-Control-Allow-Origin', evil.origin], ['Access-Control-Allow-Credentials', 'true']] } }];
    assert.deepEqual(assessHostile(probes).map((f) => `${f.severity} ${f.title}`), ['high Credentials with origin reflection', "medium Missing 'Vary: Origin'"]);
  });
});

describe('dev-server URL discovery', () => {
  it('reads Flask, uvicorn and Django ports', () => {
    assert.deepEqual(devServerUrls('/w/app.py', 'app = Flask(__name__)\nif __name__ == "__main__":\n    app.run(debug=True)'), ['http://localhost:5000/']);
    assert.deepEqual(devServerUrls('/w/app.py', 'app.run(host="0.0.0.0", port=8080)'), ['http://localhost:8080/']);
    assert.deepEqual(devServerUrls('/w/main.py', 'uvicorn.run(app, host="127.0.0.1", port=8001)'), ['http://localhost:8001/']);
    assert.deepEqual(devServerUrls('/w/manage.py', 'execute_from_command_line(sys.argv)'), ['http://localhost:8000/']);
  });

  it('reads Express listen ports and PORT constants', () => {
    assert.deepEqual(devServerUrls('/w/server.js', 'app.listen(4000, () => {})'), ['http://localhost:4000/']);
    assert.deepEqual(devServerUrls('/w/index.ts', 'const PORT = process.env.PORT || 3001;\napp.listen(PORT);'), ['http://localhost:3001/']);
  });

  it('reads ports from package.json scripts and documented start commands', () => {
    assert.deepEqual(devServerUrls('/w/package.json', '{"scripts": {"api": "uvicorn main:app --port 9000"}}'), ['http://localhost:9000/']);
    assert.deepEqual(devServerUrls('/w/Procfile', 'web: python manage.py runserver 0.0.0.0:8002'), ['http://localhost:8002/']);
    assert.deepEqual(devServerUrls('/w/api.py', '"""Start: uvicorn api:app --reload --port 8123"""\napp = FastAPI()'), ['http://localhost:8123/']);
  });

  it('reads ports hidden behind environment defaults', () => {
    assert.deepEqual(devServerUrls('/w/app.py', 'app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5050")))'), ['http://localhost:5050/']);
    assert.deepEqual(devServerUrls('/w/server.js', 'const PORT = Number(process.env.PORT || 4100);\nconst s = app.listen(PORT, HOST);'), ['http://localhost:4100/']);
  });
});
