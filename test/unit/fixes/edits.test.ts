import * as assert from 'node:assert/strict';
import type { TextEdit } from '../../../src/analysis/model/finding';
import type { LanguageId } from '../../../src/analysis/model/policy';
import { descendantsOfType, type Node } from '../../../src/analysis/parse/nodes';
import { parserFor, withLoadedTree } from '../../../src/analysis/parse/parser';
import { applyEdits, applyFixes } from '../../../src/analysis/fixes/apply';
import { appendItem, insertItemAt, makeFix, removeItem, replaceItem } from '../../../src/analysis/fixes/edits';

/** Edits the first container of `type` in `text` and returns the new text, checking it still parses. */
function edit(text: string, language: LanguageId, type: string, make: (container: Node) => TextEdit[], last = false): string {
  const pick = (all: Node[]) => all[last ? all.length - 1 : 0];
  const out = withLoadedTree(text, language, tree => applyEdits(text, make(pick(descendantsOfType(tree.rootNode, type)))))!;
  const broken = withLoadedTree(out, language, tree => tree.rootNode.hasError);
  assert.equal(broken, false, `result does not parse:\n${out}`);
  return out;
}

const item = (n: Node, i: number) => n.namedChildren.filter(c => c && c.type !== 'comment')[i]!;

describe('fixes/edits', () => {
  before(async () => {
    await parserFor('python');
    await parserFor('typescript');
  });

  describe('appendItem', () => {
    const py = (text: string, type = 'list') => edit(text, 'python', type, c => appendItem(text, c, "'x'"));
    it('single line', () => assert.equal(py("A = ['a', 'b']\n"), "A = ['a', 'b', 'x']\n"));
    it('single line, trailing comma', () => assert.equal(py("A = ['a',]\n"), "A = ['a', 'x']\n"));
    it('one-tuple stays a tuple', () => assert.equal(py("A = ('a',)\n", 'tuple'), "A = ('a', 'x')\n"));
    it('empty list', () => assert.equal(py('A = []\n'), "A = ['x']\n"));
    it('empty tuple', () => assert.equal(py('A = ()\n', 'tuple'), "A = ('x',)\n"));
    it('multi-line with trailing comma and comment', () =>
      assert.equal(py("A = [\n    'a',\n    'b',  # prod\n]\n"), "A = [\n    'a',\n    'b',  # prod\n    'x',\n]\n"));
    it('multi-line without trailing comma', () =>
      assert.equal(py("A = [\n    'a',\n    'b'\n]\n"), "A = [\n    'a',\n    'b',\n    'x'\n]\n"));
    it('multi-line without trailing comma, with a comment', () =>
      assert.equal(py("A = [\n    'a'  # one\n]\n"), "A = [\n    'a',  # one\n    'x'\n]\n"));
    it('hanging indent aligns with the first item', () =>
      assert.equal(py("A = ['a',\n     'b']\n"), "A = ['a',\n     'b', 'x']\n"));
    it('several items at once, multi-line', () => {
      const text = "A = [\n  'a',\n]\n";
      assert.equal(edit(text, 'python', 'list', c => appendItem(text, c, ["'x'", "'y'"])), "A = [\n  'a',\n  'x',\n  'y',\n]\n");
    });
    it('keyword argument on a multi-line call', () => {
      const text = 'CORS(\n    app,\n    supports_credentials=True,\n)\n';
      assert.equal(edit(text, 'python', 'argument_list', c => appendItem(text, c, "origins=['x']")),
        "CORS(\n    app,\n    supports_credentials=True,\n    origins=['x'],\n)\n");
    });
    it('empty TypeScript arguments and objects', () => {
      const text = 'app.use(cors());\n';
      assert.equal(edit(text, 'typescript', 'arguments', c => appendItem(text, c, "{ origin: ['x'] }"), true),
        "app.use(cors({ origin: ['x'] }));\n");
      const obj = 'const o = {};\n';
      assert.equal(edit(obj, 'typescript', 'object', c => appendItem(obj, c, 'origin: 1')), 'const o = { origin: 1 };\n');
    });
  });

  describe('removeItem', () => {
    const rm = (text: string, i: number, type = 'list') => edit(text, 'python', type, c => removeItem(text, c, item(c, i)));
    it('middle of a single line', () => assert.equal(rm("A = ['a', 'null', 'b']\n", 1), "A = ['a', 'b']\n"));
    it('last of a single line', () => assert.equal(rm("A = ['a', 'null']\n", 1), "A = ['a']\n"));
    it('only item', () => assert.equal(rm("A = ['null']\n", 0), 'A = []\n'));
    it('own line goes whole, comment included', () =>
      assert.equal(rm("A = [\n    'a',\n    'null',  # sandbox\n    'b',\n]\n", 1), "A = [\n    'a',\n    'b',\n]\n"));
    it('a pair stays a tuple', () => {
      assert.equal(rm("A = ('a', 'b')\n", 0, 'tuple'), "A = ('b',)\n");
      assert.equal(rm("A = ('a', 'b')\n", 1, 'tuple'), "A = ('a',)\n");
    });
  });

  it('insertItemAt puts an item first on its own line', () => {
    const text = "M = [\n    'a',\n    'b',\n]\n";
    assert.equal(edit(text, 'python', 'list', c => insertItemAt(text, c, 0, "'c'")), "M = [\n    'c',\n    'a',\n    'b',\n]\n");
    const one = "M = ['a', 'b']\n";
    assert.equal(edit(one, 'python', 'list', c => insertItemAt(one, c, 0, "'c'")), "M = ['c', 'a', 'b']\n");
  });

  it('replaceItem lays several items out like the list', () => {
    const text = "A = [\n    '*',\n]\n";
    assert.equal(edit(text, 'python', 'list', c => replaceItem(text, c, item(c, 0), ["'a'", "'b'"])), "A = [\n    'a',\n    'b',\n]\n");
  });

  describe('makeFix and applyFixes', () => {
    const ins = (at: number, text: string) => ({ range: { start: at, end: at }, text });
    it('sorts edits and refuses overlapping ones', () => {
      assert.deepEqual(makeFix('t', 'safe', true, [ins(5, 'b'), ins(1, 'a')])?.edits.map(e => e.text), ['a', 'b']);
      assert.equal(makeFix('t', 'safe', true, [{ range: { start: 0, end: 3 }, text: '' }, { range: { start: 2, end: 4 }, text: '' }]), undefined);
      assert.equal(makeFix('t', 'safe', true, []), undefined);
    });
    it('skips a fix that collides with one already applied', () => {
      const a = makeFix('a', 'safe', true, [{ range: { start: 0, end: 1 }, text: 'X' }])!;
      const b = makeFix('b', 'safe', true, [{ range: { start: 0, end: 2 }, text: 'Y' }])!;
      const c = makeFix('c', 'safe', true, [ins(3, '!')])!;
      const r = applyFixes('abcd', [a, b, c]);
      assert.equal(r.text, 'Xbc!d');
      assert.deepEqual(r.applied.map(f => f.title), ['a', 'c']);
      assert.deepEqual(r.skipped.map(f => f.title), ['b']);
    });
    it('two insertions at one point collide', () => {
      const r = applyFixes('ab', [makeFix('a', 'safe', true, [ins(1, '1')])!, makeFix('b', 'safe', true, [ins(1, '2')])!]);
      assert.equal(r.text, 'a1b');
      assert.equal(r.skipped.length, 1);
    });
  });
});

describe('fixes/edits with CRLF line breaks', () => {
  before(async () => {
    await parserFor('python');
  });
  const lf = (s: string) => s.replace(/\r\n/g, '\n');
  it('new lines take the file\'s line break', () => {
    const text = "A = [\r\n    'a',  # one\r\n]\r\n";
    const out = edit(text, 'python', 'list', c => appendItem(text, c, "'x'"));
    assert.equal(out, "A = [\r\n    'a',  # one\r\n    'x',\r\n]\r\n");
    assert.equal(lf(out).includes('\r'), false);
  });
  it('a removed line takes its line break with it', () => {
    const text = "A = [\r\n    'a',\r\n    'null',  # sandbox\r\n]\r\n";
    assert.equal(edit(text, 'python', 'list', c => removeItem(text, c, item(c, 1))), "A = [\r\n    'a',\r\n]\r\n");
  });
});
