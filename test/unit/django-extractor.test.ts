import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyze } from '../../src/analysis/analyze';
import type { CorsSite, FileModel, OriginEntry, WiringFact } from '../../src/analysis/model/policy';
import type { Range } from '../../src/analysis/model/range';

const ROOT = path.join(path.sep, 'proj', 'shop', 'settings');
const at = (name: string) => path.join(ROOT, name);

/** Analyses `files[main]` with the other files readable through `from .x import *`. */
async function model(files: Record<string, string>, main: string): Promise<{ model: FileModel; text: string }> {
  const read = (file: string) => Object.entries(files).find(([name]) => at(name) === file)?.[1];
  const text = files[main];
  const result = await analyze({ file: at(main), text }, { readFile: read });
  assert.equal(result.skipped, undefined);
  return { model: result.model, text };
}

function site(m: FileModel): CorsSite {
  const django = m.sites.filter(s => s.framework === 'django-cors-headers');
  assert.equal(django.length, 1, 'one django-cors-headers site');
  return django[0];
}

const textOf = (text: string, r: Range | undefined) => (r ? text.slice(r.start, r.end) : undefined);
const entryText = (e: OriginEntry) => (e.kind === 'exact' ? e.value : e.kind === 'regex' ? e.pattern : e.kind);
const wiring = (m: FileModel, kind: WiringFact['kind']) => m.wiring.find(w => w.kind === kind);

describe('django-cors-headers extractor', () => {
  describe('values and their sources', () => {
    it('reads literal lists, library defaults and the option as written', async () => {
      const { model: m, text } = await model({ 'settings.py': [
        'INSTALLED_APPS = ["corsheaders"]',
        'CORS_ALLOWED_ORIGINS = ["https://a.example.com", "null"]',
        'CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://\\w+\\.example\\.com$"]',
        '',
      ].join('\n') }, 'settings.py');
      const s = site(m);
      assert.deepEqual(s.origins.entries.map(e => [e.kind, entryText(e), textOf(text, e.range), e.source.kind]), [
        ['exact', 'https://a.example.com', '"https://a.example.com"', 'literal'],
        ['null', 'null', '"null"', 'literal'],
        ['regex', '^https://\\w+\\.example\\.com$', 'r"^https://\\w+\\.example\\.com$"', 'literal'],
      ]);
      assert.equal(s.origins.option, 'CORS_ALLOWED_ORIGINS');
      assert.equal(textOf(text, s.origins.range), '["https://a.example.com", "null"]');
      assert.deepEqual([s.credentials?.value, s.credentials?.source.kind], [false, 'library-default']);
      assert.deepEqual([s.maxAge?.value, s.methods?.value.length, s.scope.kind], [86400, 6, 'app']);
    });

    it('follows a variable and an environment default to the literal that holds each origin', async () => {
      const { model: m, text } = await model({ 'settings.py': [
        'import os',
        'FRONT_ENDS = ["https://shop.example.com"]',
        'CORS_ALLOWED_ORIGINS = FRONT_ENDS',
        'CORS_ALLOWED_ORIGIN_REGEXES = os.environ.get("CORS_REGEXES", r"^https://x\\.example\\.com$").split(",")',
        'CORS_ALLOW_CREDENTIALS = True',
        '',
      ].join('\n') }, 'settings.py');
      const [exact, regex] = site(m).origins.entries;
      assert.deepEqual([textOf(text, exact.range), exact.source.kind], ['"https://shop.example.com"', 'variable']);
      assert.deepEqual(regex.source, { kind: 'env-default', variable: 'CORS_REGEXES' });
      assert.equal(textOf(text, site(m).origins.range), 'FRONT_ENDS');
    });

    it('lets the current name win over its old alias, and uses the alias alone', async () => {
      const both = site((await model({ 'settings.py': 'CORS_ALLOWED_ORIGINS = ["https://new.example.com"]\nCORS_ORIGIN_WHITELIST = ["https://old.example.com"]\n' }, 'settings.py')).model);
      assert.deepEqual(both.origins.entries.map(entryText), ['https://new.example.com']);
      const alias = site((await model({ 'settings.py': 'CORS_ORIGIN_WHITELIST = ("https://old.example.com",)\nCORS_ORIGIN_ALLOW_ALL = True\n' }, 'settings.py')).model);
      assert.deepEqual(alias.origins.entries.map(e => e.kind), ['any', 'exact']);
      assert.equal(alias.origins.option, 'CORS_ORIGIN_ALLOW_ALL');
    });

    it('tests truthiness as the middleware does: the string "False" allows every origin', async () => {
      const { model: m } = await model({ 'settings.py': 'import os\nCORS_ALLOW_ALL_ORIGINS = os.environ.get("ALLOW_ALL", "False")\nCORS_ALLOW_CREDENTIALS = 0\n' }, 'settings.py');
      assert.deepEqual(site(m).origins.entries.map(e => [e.kind, e.source.kind]), [['any', 'env-default']]);
      assert.equal(site(m).credentials?.value, false);
    });

    it('reads a tuple that lost its comma as the string it is', async () => {
      const { model: m } = await model({ 'settings.py': [
        'CORS_ALLOWED_ORIGINS = ("https://a.example.com")',
        'CORS_ALLOWED_ORIGIN_REGEXES = (r"^https://a\\.example\\.com$")',
        'CORS_ALLOW_HEADERS = "*"',
        '',
      ].join('\n') }, 'settings.py');
      const s = site(m);
      // Origins: every character is compared and none matches; regexes: "^" alone matches every origin.
      assert.deepEqual(s.origins.entries.map(e => e.kind), ['dynamic', 'any']);
      assert.deepEqual(s.allowHeaders?.value, ['*']);
    });

    it('scopes the site to CORS_URLS_REGEX and reads numbers and header lists', async () => {
      const { model: m } = await model({ 'settings.py': 'CORS_URLS_REGEX = r"^/api/.*$"\nCORS_PREFLIGHT_MAX_AGE = 600\nCORS_EXPOSE_HEADERS = ["X-Total"]\n' }, 'settings.py');
      const s = site(m);
      assert.deepEqual(s.scope, { kind: 'path-pattern', pattern: '^/api/.*$' });
      assert.deepEqual([s.maxAge?.value, s.exposeHeaders?.value, s.origins.source.kind], [600, ['X-Total'], 'library-default']);
    });

    it('leaves a written but unreadable list unknown rather than claiming the default', async () => {
      const { model: m } = await model({ 'settings.py': 'from corsheaders.defaults import default_headers\nCORS_ALLOW_HEADERS = list(default_headers) + ["x-id"]\nCORS_ALLOWED_ORIGINS = []\n' }, 'settings.py');
      assert.equal(site(m).allowHeaders, undefined);
    });
  });

  describe('wiring', () => {
    it('resolves +=, insert, append and + in MIDDLEWARE, one entry per string literal', async () => {
      const { model: m, text } = await model({ 'settings.py': [
        'BASE = ("django.middleware.security.SecurityMiddleware",)',
        'MIDDLEWARE = list(BASE) + ["django.middleware.common.CommonMiddleware"]',
        'MIDDLEWARE += ["django.middleware.csrf.CsrfViewMiddleware"]',
        'MIDDLEWARE.insert(0, "corsheaders.middleware.CorsMiddleware")',
        'MIDDLEWARE.append("corsheaders.middleware.CorsPostCsrfMiddleware")',
        'INSTALLED_APPS = ["corsheaders"]',
        'CORS_ALLOWED_ORIGINS = []',
        '',
      ].join('\n') }, 'settings.py');
      const mw = wiring(m, 'django-middleware');
      assert.deepEqual(mw?.entries.map(e => e.name.split('.').pop()), [
        'CorsMiddleware', 'SecurityMiddleware', 'CommonMiddleware', 'CsrfViewMiddleware', 'CorsPostCsrfMiddleware']);
      assert.ok(mw?.entries.every(e => /^"[\w.]+"$/.test(textOf(text, e.range) ?? '')));
      const post = m.settings.find(u => u.name === 'corsheaders.middleware.CorsPostCsrfMiddleware');
      assert.equal(textOf(text, post?.nameRange), '"corsheaders.middleware.CorsPostCsrfMiddleware"');
      assert.deepEqual(wiring(m, 'django-installed-apps')?.entries.map(e => e.name), ['corsheaders']);
    });

    it('reads MIDDLEWARE_CLASSES only when MIDDLEWARE is not set', async () => {
      const old = await model({ 'settings.py': 'MIDDLEWARE_CLASSES = ("corsheaders.middleware.CorsMiddleware",)\nCORS_ORIGIN_ALLOW_ALL = True\n' }, 'settings.py');
      assert.equal(wiring(old.model, 'django-middleware')?.entries.length, 1);
      const both = await model({ 'settings.py': 'MIDDLEWARE_CLASSES = ()\nMIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]\n' }, 'settings.py');
      assert.equal(both.model.wiring.filter(w => w.kind === 'django-middleware').length, 1);
      assert.equal(wiring(both.model, 'django-middleware')?.entries.length, 1);
    });

    it('leaves out a list whose unreadable part might hold CorsMiddleware', async () => {
      const { model: m } = await model({ 'settings.py': 'MIDDLEWARE = [*extra(), "django.middleware.common.CommonMiddleware"]\nCORS_ALLOWED_ORIGINS = []\n' }, 'settings.py');
      assert.equal(wiring(m, 'django-middleware'), undefined);
    });

    it('ignores files that are not Django settings', async () => {
      const fastapi = await model({ 'main.py': 'from fastapi import FastAPI\nCORS_ALLOWED_ORIGINS = ["*"]\nMIDDLEWARE = []\n' }, 'main.py');
      assert.deepEqual([fastapi.model.sites.length, fastapi.model.wiring.length, fastapi.model.settings.length], [0, 0, 0]);
      // flask-cors config keys that django-cors-headers shares prove nothing alone.
      const flaskConfig = await model({ 'config.py': 'CORS_ALLOW_HEADERS = ["*"]\nCORS_ORIGINS = ["https://a.example.com"]\n' }, 'config.py');
      assert.equal(flaskConfig.model.sites.filter(s => s.framework === 'django-cors-headers').length, 0);
    });
  });

  describe('split settings', () => {
    const base = [
      'INSTALLED_APPS = ["django.contrib.auth", "corsheaders"]',
      'MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]',
      'CORS_ALLOW_CREDENTIALS = True',
      'CORS_ALLOWED_ORIGINS = ["https://shop.example.com"]',
      'if DEBUG:',
      '    CORS_ALLOW_ALL_ORIGINS = True',
      '',
    ].join('\n');

    it('merges the base module: overrides, += and insert, inherited values at the import', async () => {
      const dev = [
        'from .base import *  # noqa',
        'MIDDLEWARE.insert(0, "corsheaders.middleware.CorsMiddleware")',
        'CORS_ALLOWED_ORIGINS += ["http://localhost:3000"]',
        'CORS_ALLOW_HEADERS = ["*"]',
        '',
      ].join('\n');
      const { model: m, text } = await model({ 'base.py': base, 'staging.py': dev }, 'staging.py');
      const s = site(m);
      const importStmt = 'from .base import *';
      assert.deepEqual(s.origins.entries.map(e => [e.kind, textOf(text, e.range), e.source.kind]), [
        ['any', importStmt, 'other-file'],
        ['exact', importStmt, 'other-file'],
        ['exact', '"http://localhost:3000"', 'literal'],
      ]);
      assert.deepEqual(s.credentials?.source, { kind: 'other-file', file: at('base.py') });
      assert.equal(textOf(text, s.credentials?.range), importStmt);
      // The all-origins value was written under `if DEBUG:` in base.py.
      assert.equal(s.devOnly, true);
      const mw = wiring(m, 'django-middleware');
      assert.deepEqual(mw?.entries.map(e => textOf(text, e.range)), ['"corsheaders.middleware.CorsMiddleware"', importStmt]);
      assert.equal(textOf(text, wiring(m, 'django-installed-apps')?.range), importStmt);
      // Only this file's writes are setting uses.
      assert.deepEqual(m.settings.map(u => [u.name, textOf(text, u.nameRange)]), [
        ['CORS_ALLOWED_ORIGINS', 'CORS_ALLOWED_ORIGINS'], ['CORS_ALLOW_HEADERS', 'CORS_ALLOW_HEADERS']]);
    });

    it('follows absolute module names and chains, naming the module that wrote each value', async () => {
      const files = {
        'common.py': 'CORS_ALLOWED_ORIGINS = ["https://common.example.com"]\nINSTALLED_APPS = ["corsheaders"]\n',
        'base.py': 'from shop.settings.common import *\nCORS_ALLOW_CREDENTIALS = True\n',
        'prod.py': 'from shop.settings.base import *\nCORS_ALLOWED_ORIGINS += ["https://prod.example.com"]\n',
      };
      const s = site((await model(files, 'prod.py')).model);
      assert.deepEqual(s.origins.entries.map(e => e.source), [{ kind: 'other-file', file: at('common.py') }, { kind: 'literal' }]);
      assert.deepEqual(s.credentials?.source, { kind: 'other-file', file: at('base.py') });
    });

    it('stops at import cycles and tolerates a missing base module', async () => {
      const files = {
        'a.py': 'from .b import *\nCORS_ALLOWED_ORIGINS = ["https://a.example.com"]\n',
        'b.py': 'from .a import *\nCORS_ALLOW_CREDENTIALS = True\n',
      };
      assert.equal(site((await model(files, 'a.py')).model).credentials?.value, true);
      const lonely = await model({ 'dev.py': 'from .base import *\nMIDDLEWARE += ["x"]\nCORS_ALLOW_ALL_ORIGINS = True\n' }, 'dev.py');
      assert.equal(wiring(lonely.model, 'django-middleware'), undefined);
      assert.equal(site(lonely.model).devOnly, true);
    });

    it('marks an inherited current name so an old alias written here is known to lose', async () => {
      const { model: m, text } = await model({ 'base.py': base, 'prod.py': 'from .base import *\nCORS_ORIGIN_WHITELIST = ["https://x.example.com"]\n' }, 'prod.py');
      assert.deepEqual(m.settings.map(u => [u.name, textOf(text, u.nameRange)]), [
        ['CORS_ORIGIN_WHITELIST', 'CORS_ORIGIN_WHITELIST'], ['CORS_ALLOWED_ORIGINS', 'from .base import *']]);
      assert.deepEqual(site(m).origins.entries.map(entryText), ['any', 'https://shop.example.com']);
    });

    it('leaves the policy of a module that writes no CORS setting to its base', async () => {
      const { model: m } = await model({ 'base.py': base, 'prod.py': 'from .base import *\nDEBUG = False\n' }, 'prod.py');
      assert.deepEqual([m.sites.length, m.wiring.length, m.settings.length], [0, 0, 0]);
    });
  });

  describe('an empty environment default', () => {
    it('says that an unset variable leaves [""], which check E013 rejects', async () => {
      const text = [
        'import os',
        'INSTALLED_APPS = ["corsheaders"]',
        'CORS_ALLOWED_ORIGINS = os.environ.get("CORS_ALLOWED_ORIGINS", "").split(",")',
        '',
      ].join('\n');
      const { findings } = await analyze({ file: at('settings.py'), text });
      const malformed = findings.filter(f => f.ruleId === 'malformed-origin');
      assert.equal(malformed.length, 1);
      assert.match(malformed[0].message, /when \$CORS_ALLOWED_ORIGINS is unset the list is \[""\], which django-cors-headers' check E013 rejects/);
      assert.equal(textOf(text, malformed[0].range), '""');
    });
  });

  describe('half-typed code', () => {
    const broken = [
      'CORS_ALLOWED_ORIGINS = [',
      'MIDDLEWARE = (',
      'INSTALLED_APPS = ["corsheaders",\nCORS_ALLOW_ALL_ORIGINS = ',
      'from .base import',
      'from . import *\nCORS_ALLOWED_ORIGINS = ["https://a.example.com"',
      'CORS_ALLOWED_ORIGINS = ["https://a.example.com", os.environ[',
      'if DEBUG:\n    CORS_ALLOW_ALL_ORIGINS = True\n  MIDDLEWARE = [',
      'MIDDLEWARE.insert(',
      'CORS_ALLOWED_ORIGIN_REGEXES = [re.compile(]',
    ];
    for (const text of broken) {
      // model() asserts that analyze did not have to skip the file.
      it(`does not throw on ${JSON.stringify(text)}`, () => model({ 'settings.py': text, 'base.py': 'CORS_ALLOW_CREDENTIALS = True\n' }, 'settings.py'));
    }
  });
});
