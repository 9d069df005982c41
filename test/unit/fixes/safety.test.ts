// Fixes that would change who may call the server are offered as unsafe, never applied by fix all.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/analysis/analyze';

async function fixesOf(file: string, text: string, rule: string) {
  const { findings } = await analyze({ file, text });
  return findings.filter(f => f.ruleId === rule).flatMap(f => f.fixes.map(x => ({ title: x.title, applicability: x.applicability, preferred: x.preferred })));
}

const EXPRESS = "const express = require('express');\nconst cors = require('cors');\nconst app = express();\napp.get('/health', (req, res) => res.send('ok'));\n";

describe('fix safety', () => {
  describe('middleware-order: moving cors above the first route', () => {
    const move = 'Move app.use(cors(...)) above the first route';
    it('is safe past plain middleware', async () => {
      const text = `${EXPRESS}app.use(express.json());\napp.use(cors({ origin: ['https://app.example.com'] }));\n`;
      assert.deepEqual(await fixesOf('server.js', text, 'middleware-order'), [{ title: move, applicability: 'safe', preferred: true }]);
    });
    for (const [what, between, options] of [
      ['a router', "app.use('/partners', require('./partners'));\n", "{ origin: ['https://app.example.com'] }"],
      ['a router without a path', 'app.use(partnerRouter);\n', "{ origin: ['https://app.example.com'] }"],
      ['static files', "app.use(express.static('public'));\n", "{ origin: ['https://app.example.com'] }"],
      ['another cors', "app.use('/public', cors());\n", "{ origin: ['https://app.example.com'] }"],
      ['nothing, with credentials', '', "{ origin: ['https://app.example.com'], credentials: true }"],
      ['nothing, with options read from a name', '', 'options'],
    ]) {
      it(`is unsafe past ${what}`, async () => {
        const text = `${EXPRESS}${between}app.use(cors(${options}));\n`;
        assert.deepEqual(await fixesOf('server.js', text, 'middleware-order'), [{ title: move, applicability: 'unsafe', preferred: false }]);
      });
    }
  });

  describe('malformed-origin', () => {
    it('leaves the guessed scheme of an origin without one to the user', async () => {
      const text = "const express = require('express');\nconst cors = require('cors');\nconst app = express();\napp.use(cors({ origin: ['192.168.1.20:3000', 'localhost:5173'] }));\n";
      assert.deepEqual(await fixesOf('server.js', text, 'malformed-origin'), [
        { title: 'Use https://192.168.1.20:3000', applicability: 'unsafe', preferred: false },
        { title: 'Use http://localhost:5173', applicability: 'unsafe', preferred: false },
      ]);
    });
    it('keeps dropping a trailing slash safe', async () => {
      const text = "const express = require('express');\nconst cors = require('cors');\nconst app = express();\napp.use(cors({ origin: ['https://app.example.com/'] }));\n";
      assert.deepEqual(await fixesOf('server.js', text, 'malformed-origin'), [{ title: 'Use https://app.example.com', applicability: 'safe', preferred: true }]);
    });
  });
});
