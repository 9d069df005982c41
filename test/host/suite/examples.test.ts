import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FIX_ALL_KIND } from '../../../src/extension/code-actions';
import {
  applyAction, closeAllEditorsDiscarding, codeActionsAt, corsDiagnostics, openWorkspaceFile, ruleOf, rulesOf,
  waitForDiagnostics, workspaceUri,
} from './helpers';

/** [rule, 1-based line, the exact text the squiggle underlines]. */
type Expected = readonly [string, number, string];

const EXAMPLES: Record<string, readonly Expected[]> = {
  'flask/app.py': [
    ['insecure-http-origin', 18, '"https://shop.example.com,http://admin.example.com"'],
    ['malformed-origin', 22, '"https://partners.example.com/"'],
    ['weak-regex', 24, 'r"https://\\w+\\.example\\.com"'],
    ['null-origin', 26, '"null"'],
    ['wildcard-origin', 27, '"*"'],
    ['credentials-with-any-origin', 42, '@cross_origin(expose_headers="*")'],
    ['wildcard-with-credentials-headers', 42, '"*"'],
    ['missing-vary', 73, 'request.headers.get("Origin", "*")'],
    ['reflect-origin', 73, 'request.headers.get("Origin", "*")'],
  ],
  'express/server.js': [
    ['insecure-http-origin', 15, "'https://notes.example.com,https://admin.notes.example.com/,http://intranet.notes.example.com'"],
    ['malformed-origin', 15, "'https://notes.example.com,https://admin.notes.example.com/,http://intranet.notes.example.com'"],
    ['credentials-with-any-origin', 22, 'callback(null, true)'],
    ['missing-vary', 36, "req.headers.origin || '*'"],
    ['reflect-origin', 36, "req.headers.origin || '*'"],
    ['weak-regex', 43, '/^https:\\/\\/[a-z0-9-]+\\.partners\\.example\\.com/'],
    ['middleware-order', 47, 'app.use(cors(corsOptions))'],
  ],
  'fastapi/main.py': [
    ['insecure-http-origin', 16, '"https://tickets.example.com/,http://box-office.example.com"'],
    ['malformed-origin', 16, '"https://tickets.example.com/,http://box-office.example.com"'],
    ['null-origin', 24, '"null"'],
    ['weak-regex', 25, 'r"https://staging.example\\.com"'],
    ['credentials-with-any-origin', 35, '"*"'],
    ['wildcard-with-credentials-headers', 35, '["*"]'],
    ['wildcard-origin', 41, '"*"'],
    ['missing-vary', 71, 'request.headers.get("origin", "*")'],
    ['reflect-origin', 71, 'request.headers.get("origin", "*")'],
  ],
  // Split settings: base.py's own findings are reported there; dev.py adds what its overrides break.
  'django/shop/settings/base.py': [
    ['middleware-order', 25, '"corsheaders.middleware.CorsMiddleware"'],
    ['malformed-origin', 45, '"https://shop.example.com,https://admin.shop.example.com/"'],
    ['weak-regex', 49, 'r"^https://pr-\\d+\\.preview\\.shop\\.example\\.com"'],
  ],
  'django/shop/settings/dev.py': [
    ['credentials-with-any-origin', 10, 'True'],
    ['wildcard-with-credentials-headers', 11, '["*"]'],
  ],
};

function seen(doc: vscode.TextDocument, diags: readonly vscode.Diagnostic[]): Expected[] {
  return diags.map((d): Expected => [ruleOf(d), d.range.start.line + 1, doc.getText(d.range)])
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
}

function sorted(list: readonly Expected[]): Expected[] {
  return [...list].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
}

describe('example back ends', () => {
  afterEach(closeAllEditorsDiscarding);

  it('the startup scan reported a file nobody opened', async () => {
    const prod = workspaceUri('django/shop/settings/prod.py');
    assert.ok(!vscode.workspace.textDocuments.some(d => d.uri.toString() === prod.toString()));
    await waitForDiagnostics(prod, d => d.length > 0, 'diagnostics from the background scan', 20_000);
    assert.ok(rulesOf(prod).includes('deprecated-setting'), rulesOf(prod).join());
  });

  for (const [file, expected] of Object.entries(EXAMPLES)) {
    it(`reports the findings of examples/${file} with their exact ranges`, async () => {
      const editor = await openWorkspaceFile(file);
      const uri = editor.document.uri;
      const diags = await waitForDiagnostics(uri, d => d.length >= expected.length, `${expected.length} diagnostics`);
      assert.deepEqual(seen(editor.document, diags), sorted(expected));
      for (const d of diags) {
        assert.equal(d.source, 'CORS Lens');
        assert.ok(typeof d.code === 'object', 'the rule id links to its docs page');
        assert.match(d.code.target.toString(), new RegExp(`/docs/rules/${ruleOf(d)}\\.md$`));
      }
    });
  }

  it('applies a safe quick fix to the Flask example and only that finding goes away', async () => {
    const editor = await openWorkspaceFile('flask/app.py');
    const uri = editor.document.uri;
    const before = await waitForDiagnostics(uri, d => d.length === EXAMPLES['flask/app.py'].length, 'all Flask findings');
    const malformed = before.find(d => ruleOf(d) === 'malformed-origin');
    assert.ok(malformed);
    const fix = (await codeActionsAt(uri, malformed.range, vscode.CodeActionKind.QuickFix))
      .find(a => a.title === 'Use https://partners.example.com');
    assert.ok(fix, 'no "Use https://partners.example.com" fix');
    await applyAction(fix);

    assert.equal(editor.document.getText(malformed.range.with({ end: malformed.range.end.translate(0, -1) })), '"https://partners.example.com"');
    const after = await waitForDiagnostics(uri, d => !d.some(x => ruleOf(x) === 'malformed-origin'), 'malformed-origin gone');
    assert.equal(after.length, before.length - 1);
  });

  it('"Fix all CORS issues in this file" applies only the safe fixes', async () => {
    const editor = await openWorkspaceFile('flask/app.py');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, d => d.length === EXAMPLES['flask/app.py'].length, 'all Flask findings');
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const [fixAll, ...more] = await codeActionsAt(uri, whole, FIX_ALL_KIND);
    assert.equal(fixAll?.title, 'Fix all CORS issues in this file');
    assert.equal(more.length, 0);
    await applyAction(fixAll);

    // Safe: the trailing slash, the unanchored pattern, the missing Vary. The rest changes who may call.
    const remaining = await waitForDiagnostics(uri, d => !d.some(x => ['malformed-origin', 'weak-regex', 'missing-vary'].includes(ruleOf(x))),
      'the safely fixable findings gone');
    assert.deepEqual(remaining.map(ruleOf).sort(), [
      'credentials-with-any-origin', 'insecure-http-origin', 'null-origin', 'reflect-origin', 'wildcard-origin',
      'wildcard-with-credentials-headers',
    ]);
    assert.equal(corsDiagnostics(uri).length, remaining.length);
  });
});
