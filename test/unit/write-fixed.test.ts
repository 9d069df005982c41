// src/node/write-fixed.ts on real files: what --fix writes replaces only the text that was analysed,
// atomically, keeping mode, BOM and CRLF; anything else leaves the file as it is, with one line saying why.
import * as assert from 'node:assert/strict';
import { chmodSync, linkSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { saveFix, writeFixed } from '../../src/node/write-fixed';

describe('node/write-fixed', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(path.join(tmpdir(), 'cors-lens-write-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Nothing but the files the test made: no temp file left behind. */
  const names = () => readdirSync(dir).sort();

  it('renames a temp file over the original, keeping mode, BOM and CRLF', () => {
    const file = path.join(dir, 'app.py');
    const analysed = '\uFEFFfrom flask import Flask\r\napp = Flask(__name__)\r\n';
    writeFileSync(file, analysed);
    chmodSync(file, 0o751);
    const inode = statSync(file).ino;
    // An edit that wrote a bare \n and lost the BOM: the file's own layout wins.
    const fixed = 'from flask import Flask\r\nfrom x import y\napp = Flask(__name__)\r\n';
    assert.deepEqual(writeFixed(file, analysed, fixed), { written: true });
    assert.equal(readFileSync(file, 'utf8'), '\uFEFFfrom flask import Flask\r\nfrom x import y\r\napp = Flask(__name__)\r\n');
    assert.equal(statSync(file).mode & 0o7777, 0o751);
    assert.notEqual(statSync(file).ino, inode, 'written in place, not renamed');
    assert.deepEqual(names(), ['app.py']);
  });

  it('never overwrites a file that changed since it was read', () => {
    const file = path.join(dir, 'app.js');
    writeFileSync(file, 'const a = 1;\n');
    writeFileSync(file, 'const a = 2; // the user saved this meanwhile\n');
    const r = writeFixed(file, 'const a = 1;\n', 'const a = 1; // fixed\n');
    assert.equal(r.written, false);
    assert.equal(!r.written && r.why, 'changed');
    assert.equal(!r.written && r.message, `${file} changed since it was read; not fixed — run again.`);
    assert.equal(readFileSync(file, 'utf8'), 'const a = 2; // the user saved this meanwhile\n');
    assert.deepEqual(names(), ['app.js']);
  });

  it('never overwrites an edit saved while the temp file was being written', () => {
    const file = path.join(dir, 'app.js');
    writeFileSync(file, 'const a = 1;\n');
    const r = writeFixed(file, 'const a = 1;\n', 'const a = 1; // fixed\n', {
      beforeCompare: () => writeFileSync(file, 'const a = 3;\n'),
    });
    assert.equal(!r.written && r.why, 'changed');
    assert.equal(readFileSync(file, 'utf8'), 'const a = 3;\n');
    assert.deepEqual(names(), ['app.js']);
  });

  it('writes through a symlink to its target and keeps the link', () => {
    writeFileSync(path.join(dir, 'real.js'), 'x;\n');
    symlinkSync('real.js', path.join(dir, 'link.js'));
    assert.deepEqual(writeFixed(path.join(dir, 'link.js'), 'x;\n', 'y;\n'), { written: true });
    assert.ok(lstatSync(path.join(dir, 'link.js')).isSymbolicLink());
    assert.equal(readFileSync(path.join(dir, 'real.js'), 'utf8'), 'y;\n');
  });

  it('leaves a hard-linked file alone: a rename would split its names', () => {
    writeFileSync(path.join(dir, 'a.js'), 'x;\n');
    linkSync(path.join(dir, 'a.js'), path.join(dir, 'b.js'));
    const r = writeFixed(path.join(dir, 'a.js'), 'x;\n', 'y;\n');
    assert.equal(!r.written && r.why, 'unsafe');
    assert.equal(readFileSync(path.join(dir, 'b.js'), 'utf8'), 'x;\n');
  });

  it('leaves a file that is not UTF-8 alone instead of writing U+FFFD over its bytes', () => {
    const file = path.join(dir, 'latin.py');
    const bytes = Buffer.from('# -*- coding: latin-1 -*-\nNAME = "caf\xe9"\n', 'latin1');
    writeFileSync(file, bytes);
    const analysed = readFileSync(file, 'utf8');
    const r = writeFixed(file, analysed, analysed + 'x = 1\n');
    assert.equal(!r.written && r.why, 'unsafe');
    assert.match(!r.written ? r.message : '', /not valid UTF-8/);
    assert.ok(readFileSync(file).equals(bytes));
  });

  it('reports a failed write in one line and leaves the file and the folder as they were', () => {
    // Real failure, even as root: the "file" is a folder, so its re-read fails after the temp file was written.
    const file = path.join(dir, 'gone.py');
    writeFileSync(file, 'x = 1\n');
    const r = writeFixed(file, 'x = 1\n', 'x = 2\n', { beforeCompare: () => { rmSync(file); } });
    assert.equal(!r.written && r.why, 'unwritable');
    assert.equal(!r.written && r.message, `${file} could not be written (it no longer exists, ENOENT); not fixed.`);
    assert.deepEqual(names(), []);
  });

  it('refuses to fix a file with syntax errors, or to write a text that does not parse', async () => {
    const file = path.join(dir, 'mw.py');
    writeFileSync(file, 'def f(x)\n    return x\n');
    const broken = await saveFix(file, 'def f(x)\n    return x\n', 'def f(x)\n    return x + 1\n');
    assert.equal(!broken.written && broken.message, `${file} has syntax errors; not fixed — fix them and run again.`);
    writeFileSync(file, 'x = 1\n');
    const worse = await saveFix(file, 'x = 1\n', 'x = (1\n');
    assert.equal(!worse.written && worse.message, `${file}: the fixed text would not parse; not fixed.`);
    assert.equal(readFileSync(file, 'utf8'), 'x = 1\n');
  });
});
