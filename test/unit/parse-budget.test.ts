// The parse's own bounds: a parse past its time is cut and the rest of the text blanked (offsets and
// rows kept), a cut parse does not leak into the next one, and long comment runs after a block no
// longer cost tree-sitter's Python scanner quadratic time.
import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { parseBudgetMs, withTree } from '../../src/analysis/parse/parser';

function routes(n: number): string {
  const views = Array.from({ length: n }, (_, i) => `@app.route("/r${i}")\ndef r${i}():\n    return {"i": ${i}}\n`);
  return `from flask import Flask\n\napp = Flask(__name__)\n\n\n${views.join('\n\n')}`;
}

describe('parse budget', () => {
  it('cuts a parse past its time, blanks the rest from the line it reached, and keeps every offset', async () => {
    const text = routes(4000);
    const { cut, length, rows, last } = await withTree(text, 'python', (tree, c) => ({
      cut: c,
      length: tree.rootNode.endIndex,
      rows: tree.rootNode.endPosition.row,
      last: tree.rootNode.lastNamedChild,
    }), 1);
    assert.ok(cut, 'a 1 ms budget cuts a parse of 4,000 views');
    assert.equal(cut.ms, 1);
    // Same length, same rows: ranges still index the original text.
    assert.equal(length, text.length);
    assert.equal(rows, text.split('\n').length - 1);
    // Nothing is read from the blanked lines.
    assert.ok(!last || last.endPosition.row < cut.line, `a node ends on row ${last?.endPosition.row}, after the cut at ${cut.line}`);
  });

  it('starts the next parse afresh after a cut (a cancelled parse would otherwise resume)', async () => {
    await withTree(routes(4000), 'python', () => undefined, 1);
    const small = 'from flask_cors import CORS\nCORS(app)\n';
    const { cut, text } = await withTree(small, 'python', (tree, c) => ({ cut: c, text: tree.rootNode.text }));
    assert.equal(cut, undefined);
    assert.equal(text, small);
  });

  it('parses a real file far inside its budget', async () => {
    const text = routes(4000);
    const t = performance.now();
    const cut = await withTree(text, 'python', (_tree, c) => c);
    assert.equal(cut, undefined);
    assert.ok(performance.now() - t < parseBudgetMs(text.length) / 3, `${(performance.now() - t).toFixed(0)} ms`);
  });

  it('reads 2,000 comment lines after a function in milliseconds, keeping the first and last comment', async () => {
    const text = `def f():\n    return 1\n\n${'# a commented-out line of code\n'.repeat(2000)}x = 1\n`;
    const t = performance.now();
    const kinds = await withTree(text, 'python', tree => tree.rootNode.namedChildren.map(c => c?.type));
    assert.deepEqual(kinds, ['function_definition', 'comment', 'comment', 'expression_statement']);
    assert.ok(performance.now() - t < 500, `${(performance.now() - t).toFixed(0)} ms (it took 3.9 s)`);
  });
});
