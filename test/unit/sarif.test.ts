import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { RULES } from '../../src/analysis/rules';

const APP = [
  'from flask import Flask',
  'from flask_cors import CORS',
  '',
  'app = Flask(__name__)',
  "CORS(app, origins='*', supports_credentials=True)",
  "CORS(app, origins=[r'https://.*.example.com'])",
  '',
].join('\n');

interface SarifResult {
  ruleId: string;
  partialFingerprints: Record<string, string>;
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } } }>;
  fixes?: Array<{ artifactChanges: Array<{ replacements: Array<{ deletedRegion: { startLine: number }; insertedContent: { text: string } }> }> }>;
}

describe('SARIF output', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(path.join(tmpdir(), 'cors-lens-sarif-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function scan(text: string) {
    writeFileSync(path.join(dir, 'app.py'), text);
    const out: string[] = [];
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      await main(['scan', '.', '--format', 'sarif', '--fail-on', 'none'], { out: s => out.push(s), err: () => undefined });
    } finally {
      process.chdir(cwd);
    }
    return JSON.parse(out.join('\n'));
  }

  it('describes every rule the way GitHub code scanning requires', async () => {
    const log = await scan(APP);
    const rules = log.runs[0].tool.driver.rules;
    assert.equal(rules.length, RULES.length);
    for (const r of rules) {
      assert.notEqual(r.name, r.id);
      assert.match(r.name, /^[A-Z][A-Za-z]+$/);
      assert.ok(r.fullDescription.text.length > r.shortDescription.text.length / 2, r.id);
      assert.match(r.help.markdown, /## Why it matters/, r.id);
      assert.ok(r.help.text && r.helpUri.endsWith(`${r.id}.md`), r.id);
      assert.ok(['error', 'warning', 'note'].includes(r.defaultConfiguration.level));
      const security = r.properties.tags.includes('security');
      assert.equal(security, r.properties.category === 'security', r.id);
      assert.equal(security, r.properties.tags.includes('external/cwe/cwe-942'), r.id);
      assert.equal(security, typeof r.properties['security-severity'] === 'string', r.id);
    }
    const base = log.runs[0].originalUriBaseIds['%SRCROOT%'].uri;
    assert.ok(base.startsWith('file://') && base.endsWith('/'));
    assert.deepEqual(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: 'app.py', uriBaseId: '%SRCROOT%' });
  });

  it('keeps fingerprints when lines are inserted above the findings', async () => {
    const before: SarifResult[] = (await scan(APP)).runs[0].results;
    const after: SarifResult[] = (await scan(`# a comment\n\n${APP}`)).runs[0].results;
    assert.ok(before.length >= 2);
    assert.equal(after.length, before.length);
    for (const [i, r] of before.entries()) {
      assert.equal(after[i].ruleId, r.ruleId);
      assert.equal(after[i].locations[0].physicalLocation.region.startLine, r.locations[0].physicalLocation.region.startLine + 2);
      assert.equal(after[i].partialFingerprints['corsLens/v1'], r.partialFingerprints['corsLens/v1']);
    }
    assert.equal(new Set(before.map(r => r.partialFingerprints['corsLens/v1'])).size, before.length);
  });

  it('changes the fingerprint when the finding line itself changes', async () => {
    const a: SarifResult[] = (await scan(APP)).runs[0].results;
    const b: SarifResult[] = (await scan(APP.replace("origins='*'", "origins = '*'"))).runs[0].results;
    const ra = a.find(r => r.ruleId === 'credentials-with-any-origin');
    const rb = b.find(r => r.ruleId === 'credentials-with-any-origin');
    assert.ok(ra && rb);
    assert.notEqual(ra.partialFingerprints['corsLens/v1'], rb.partialFingerprints['corsLens/v1']);
  });

  it('carries safe fixes as replacements on the finding line', async () => {
    const results: SarifResult[] = (await scan(APP)).runs[0].results;
    const regex = results.find(r => r.fixes);
    assert.ok(regex, 'the unescaped dot has a safe fix');
    const replacement = regex.fixes![0].artifactChanges[0].replacements[0];
    assert.equal(replacement.deletedRegion.startLine, 6);
    assert.match(replacement.insertedContent.text, /\\\./);
  });
});
