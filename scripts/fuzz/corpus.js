// The seeds: every Python, JavaScript and TypeScript file under test/fixtures and examples, in a
// fixed order so a seed number means the same inputs on every machine.
'use strict';

const { readdirSync, readFileSync, statSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const SOURCE = /\.(py|js|cjs|mjs|ts|tsx)$/;

function walk(dir) {
  return readdirSync(dir).sort().flatMap(name => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return walk(full);
    return SOURCE.test(name) ? [full] : [];
  });
}

/** [{ file (absolute), text, lang: 'python' | 'js' }] */
function loadCorpus(dirs = ['test/fixtures', 'examples']) {
  return dirs.flatMap(d => walk(path.join(ROOT, d))).map(file => ({
    file,
    text: readFileSync(file, 'utf8'),
    lang: file.endsWith('.py') ? 'python' : 'js',
  }));
}

module.exports = { loadCorpus, ROOT };
