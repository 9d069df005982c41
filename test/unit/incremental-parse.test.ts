import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/analysis/analyze';
import { languageFromPath, parserFor, withTree } from '../../src/analysis/parse/parser';
import { editBetween, withIncrementalParse } from '../../src/worker/incremental-parse';

const ROOT = path.resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return languageFromPath(p) ? [p] : [];
  });
}

/** A deterministic stream of pseudo-random numbers, so a failure replays. */
function random(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Typing-like edits: insert a character or a word, delete a span, paste a line, undo by cutting a span out. */
function edit(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const pieces = ['x', '"', '*', '(', ')', '\n', '    ', 'é', '😀', 'CORS(app)\n', 'origin: "*", ', '# ', '{', '}'];
  const piece = pieces[Math.floor(next() * pieces.length)];
  switch (Math.floor(next() * 3)) {
    case 0: return text.slice(0, at) + piece + text.slice(at);
    case 1: return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 20)));
    default: return text.slice(0, at) + piece + text.slice(Math.min(text.length, at + Math.floor(next() * 5)));
  }
}

describe('incremental parse in the worker', () => {
  it('describes the change between two texts as one edit, in UTF-16 units, rows and columns', () => {
    assert.deepEqual(editBetween('ab\ncd\nef', 'ab\ncXd\nef'), {
      startIndex: 4, oldEndIndex: 4, newEndIndex: 5,
      startPosition: { row: 1, column: 1 }, oldEndPosition: { row: 1, column: 1 }, newEndPosition: { row: 1, column: 2 },
    });
    // A repeated character: the edit covers exactly one of them.
    assert.deepEqual(editBetween('aaa', 'aaaa'), {
      startIndex: 3, oldEndIndex: 3, newEndIndex: 4,
      startPosition: { row: 0, column: 3 }, oldEndPosition: { row: 0, column: 3 }, newEndPosition: { row: 0, column: 4 },
    });
    const e = editBetween('x = "😀"\ny', 'x = "😀!"\ny');
    assert.equal(e.startIndex, 7);
    assert.deepEqual(e.newEndPosition, { row: 0, column: 8 });
    assert.deepEqual(editBetween('same', 'same').startIndex, 4);
  });

  it('gives after random edits the tree and the analysis a full parse gives', async function () {
    this.timeout(120_000);
    const files = [...sourceFiles(path.join(ROOT, 'examples')), ...sourceFiles(path.join(ROOT, 'test/fixtures')).filter((_, i) => i % 12 === 0)];
    const next = random(18);
    let edits = 0;
    for (const file of files) {
      const language = languageFromPath(file)!;
      const parser = await parserFor(language);
      let text = readFileSync(file, 'utf8');
      for (let i = 0; i < 12; i++, edits++) {
        if (i > 0) text = edit(text, next);
        const incremental = await withIncrementalParse(file, language, text, () => withTree(text, language, t => t.rootNode.toString()));
        const full = parser.parse(text)!;
        assert.equal(incremental, full.rootNode.toString(), `${file} after edit ${i}`);
        full.delete();
        const analysed = await withIncrementalParse(file, language, text, () => analyze({ file, text, language }));
        assert.deepStrictEqual(analysed, await analyze({ file, text, language }), `${file} after edit ${i}`);
      }
    }
    assert.ok(edits > 300, `only ${edits} edits`);
  });
});
