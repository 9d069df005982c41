#!/usr/bin/env node
// Rebuilds src/probe/messages/firefox-cors-l10n.json, the CORS console messages of Firefox in every
// locale it ships, from Debian's firefox-esr-l10n-* packages: the langpack each one installs holds
// `security.properties`, whose CORS* keys are exactly what Firefox prints (Mozilla's own strings,
// MPL-2.0). Run it when Debian moves to a new ESR: `node scripts/firefox-l10n.js`.
// Needs apt-get, dpkg-deb and python3 (for the zip); writes nothing but the JSON file.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const OUT = path.join(__dirname, '..', 'src', 'probe', 'messages', 'firefox-cors-l10n.json');
/** The keys of the errors Firefox prints for a blocked request (the Authorization deprecation is a warning). */
const KEYS = /^(CORS(?!AllowHeaderFromPreflightDeprecation)[A-Za-z]+\d*)\s*=\s*(.*)$/;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'firefox-l10n-'));
try {
  const packages = execFileSync('apt-cache', ['search', '--names-only', '^firefox-esr-l10n-'], { encoding: 'utf8' })
    .split('\n').map(l => l.split(' ')[0]).filter(p => p && !p.endsWith('-all')).sort();
  execFileSync('apt-get', ['download', ...packages], { cwd: work, stdio: 'ignore' });
  const locales = {};
  let version = '';
  for (const deb of fs.readdirSync(work).filter(f => f.endsWith('.deb')).sort()) {
    version ||= /_([^_]+)_all\.deb$/.exec(deb)[1];
    const dir = path.join(work, deb.replace(/\.deb$/, ''));
    execFileSync('dpkg-deb', ['-x', path.join(work, deb), dir]);
    const xpi = execFileSync('find', [dir, '-name', 'langpack-*.xpi'], { encoding: 'utf8' }).trim();
    const props = execFileSync('python3', ['-c', `
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
name = next(n for n in z.namelist() if n.endswith('/global/security/security.properties'))
sys.stdout.write(z.read(name).decode('utf-8'))`, xpi], { encoding: 'utf8' });
    const locale = /langpack-(.+)@/.exec(xpi)[1];
    const strings = {};
    for (const line of props.split('\n')) {
      const m = KEYS.exec(line.trim());
      if (m) strings[m[1]] = m[2].trim();
    }
    locales[locale] = strings;
  }
  // Many locales leave these strings in English: keep only what differs from en-GB (the reader falls back).
  const english = locales['en-GB'];
  for (const [locale, strings] of Object.entries(locales)) {
    if (locale === 'en-GB') continue;
    for (const key of Object.keys(strings)) if (strings[key] === english[key]) delete strings[key];
    if (Object.keys(strings).length === 0) delete locales[locale];
  }
  const source = `security.properties of Debian's firefox-esr-l10n-* ${version} langpacks (Mozilla, MPL-2.0), CORS* keys; a locale lists only the strings that differ from en-GB`;
  const body = Object.keys(locales).sort().map(l => `  ${JSON.stringify(l)}: ${JSON.stringify(locales[l])}`).join(',\n');
  fs.writeFileSync(OUT, `{\n "source": ${JSON.stringify(source)},\n "locales": {\n${body}\n }\n}\n`);
  console.log(`${packages.length} packages, ${Object.keys(locales).length} locales with their own strings → ${path.relative(process.cwd(), OUT)} (${fs.statSync(OUT).size} bytes)`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
