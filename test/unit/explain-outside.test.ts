import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { explain, type ExplainWorkspace } from '../../src/analysis/explain';
import { consoleMessage } from '../../src/probe/console-messages';
import { readSource } from '../../src/node/read-source';
import { ROOT, walk, workspace } from './route-workspace';

describe('explain: causes outside the code are said plainly', () => {
  let ws: ExplainWorkspace;
  before(async () => { ws = await workspace(walk(path.join(ROOT, 'examples'))); });
  const run = (message: string) => explain(message, ws, { readFile: readSource });

  it("Firefox's Status code: (null) in German: no response, no CORS call blamed, the port checked", async () => {
    const msg = 'Quellübergreifende (Cross-Origin) Anfrage blockiert: Die Gleiche-Quelle-Regel verbietet das Lesen der externen Ressource auf http://localhost:5000/api/items. (Grund: CORS-Kopfzeile ‘Access-Control-Allow-Origin’ fehlt). Statuscode: (null).';
    const e = await run(msg);
    assert.equal(e.parsed?.noResponse, true);
    assert.equal(e.site, undefined, 'no site is blamed');
    assert.equal(e.fix, undefined);
    assert.match(e.paragraph, /^Firefox could not reach http:\/\/localhost:5000\/api\/items\. The request \(Status code: \(null\)\) got no HTTP response at all/);
    assert.match(e.paragraph, /declares port 5000 \(.*examples\/flask\/app\.py\): check that it is running/);
  });

  it("Chrome's net::ERR_CONNECTION_REFUSED on a port no back end declares", async () => {
    const e = await run('GET http://localhost:5999/api/items net::ERR_CONNECTION_REFUSED');
    assert.equal(e.parsed?.noResponse, true);
    assert.match(e.paragraph, /^Chrome could not reach http:\/\/localhost:5999\/api\/items \(ERR_CONNECTION_REFUSED\)\./);
    assert.match(e.paragraph, /No back end in the workspace declares port 5999/);
    assert.equal(e.site, undefined);
  });

  it('a 503 from the network line is named as the error it is before the CORS analysis', async () => {
    const url = 'http://localhost:5000/api/account';
    const msg = `${consoleMessage(url, url, 'http://localhost:3000', 'MissingAllowOriginHeader', {})}\nGET ${url} net::ERR_FAILED 503 (Service Unavailable)`;
    const e = await run(msg);
    assert.equal(e.parsed?.status, 503);
    assert.match(e.paragraph, /The server answered 503, an error: fix that first/);
    assert.equal(e.site?.file, 'examples/flask/app.py', 'the CORS analysis still follows');
  });
});
