import * as assert from 'node:assert/strict';
import { withTree } from '../../src/analysis/parse/parser';
import { JsScope } from '../../src/analysis/values/javascript';
import { PyScope } from '../../src/analysis/values/python';

async function py(src: string, name: string) {
  return withTree(src, 'python', tree => {
    const v = new PyScope(tree.rootNode).lookup(name);
    return v && JSON.parse(JSON.stringify(v, (k, x) => (k === 'node' ? undefined : x)));
  });
}

async function js(src: string, name: string) {
  return withTree(src, 'typescript', tree => {
    const scope = JsScope.of(tree.rootNode);
    const bound = scope.binding(name);
    return bound && JSON.parse(JSON.stringify(scope.eval(bound), (k, x) => (k === 'node' ? undefined : x)));
  });
}

describe('python values', () => {
  it('follows names, += and insert', async () => {
    const v = await py('A = ["a"]\nB = A + ("b",)\nB += ["c"]\nB.insert(0, "z")\n', 'B');
    assert.deepEqual(v.items.map((i: { value: string }) => i.value), ['z', 'a', 'b', 'c']);
    assert.equal(v.source.kind, 'variable');
  });
  it('takes the default of os.environ.get and splits it', async () => {
    const v = await py('import os\nX = os.environ.get("ORIGINS", "http://a.test,http://b.test").split(",")\n', 'X');
    assert.deepEqual(v.items.map((i: { value: string }) => i.value), ['http://a.test', 'http://b.test']);
    assert.deepEqual(v.source, { kind: 'env-default', variable: 'ORIGINS' });
  });
  it('marks an environment value without default', async () => {
    const v = await py('import os\nX = os.environ["ORIGINS"]\n', 'X');
    assert.deepEqual([v.kind, v.source], ['unknown', { kind: 'env', variable: 'ORIGINS' }]);
  });
  it('decodes raw and concatenated strings, and re.compile', async () => {
    assert.equal((await py('X = r"^https://a\\.b$" "x"\n', 'X')).value, '^https://a\\.b$x');
    assert.equal((await py('import re\nX = re.compile(r"^a\\.b$")\n', 'X')).pattern, '^a\\.b$');
  });
  it('does not invent a value for an f-string or a call', async () => {
    assert.equal((await py('X = f"{y}"\n', 'X')).kind, 'unknown');
    assert.equal((await py('X = load()\n', 'X')).kind, 'unknown');
  });
});

describe('javascript values', () => {
  it('follows consts through spreads, as const and member access', async () => {
    const v = await js('const base = { origin: ["a"] as const };\nconst opts = { ...base, credentials: true };\n', 'opts');
    assert.deepEqual(v.props.map((p: { key: string }) => p.key), ['origin', 'credentials']);
    assert.equal(v.props[0].value.items[0].value, 'a');
  });
  it('takes the default of process.env.X || default and split', async () => {
    const v = await js("const o = (process.env.ORIGINS || 'http://a.test,http://b.test').split(',');\n", 'o');
    assert.deepEqual(v.items.map((i: { value: string }) => i.value), ['http://a.test', 'http://b.test']);
    assert.deepEqual(v.source, { kind: 'env-default', variable: 'ORIGINS' });
  });
  it('reads regex literals and new RegExp', async () => {
    assert.deepEqual([(await js('const r = /^a\\.b$/g;', 'r')).pattern, (await js('const r = /^a\\.b$/g;', 'r')).flags], ['^a\\.b$', 'g']);
    assert.equal((await js("const r = new RegExp('^x$', 'i');", 'r')).flags, 'i');
  });
  it('reads template strings without substitutions only', async () => {
    assert.equal((await js('const a = `http://x.test`;', 'a')).value, 'http://x.test');
    assert.equal((await js('const a = `http://${h}`;', 'a')).kind, 'unknown');
  });
});
