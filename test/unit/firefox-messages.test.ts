import * as assert from 'node:assert/strict';
import { normalizeConsolePaste } from '../../src/analysis/console-paste';
import { parseCorsError } from '../../src/probe/cors-error-message';
import { foldFirefoxText } from '../../src/probe/messages/firefox';
import { parseFirefoxMessage } from '../../src/probe/messages/firefox';
import l10n from '../../src/probe/messages/firefox-cors-l10n.json';

const URL = 'http://localhost:5000/api/items';
const locales = l10n.locales as Record<string, Record<string, string>>;
const english = locales['en-GB'];

function template(locale: string, key: string): string {
  return locales[locale][key] ?? english[key];
}

/** The words that tell one error from another: the template without its "Status code: %2$S." sentence. */
function withoutStatus(locale: string, key: string): string {
  const text = foldFirefoxText(template(locale, key));
  const at = /DidNotSucceed|MissingAllowOrigin2/.test(key) ? text.indexOf('%2$S') : -1;
  const stop = /[.\u3002\u0964\u1c7e]$/;
  if (at < 0) return text.replace('%2$S', '').replace(stop, '');
  return text.slice(0, Math.max(...[')', '\uff09', '.', '\u3002', '\u0964', '\u1c7e'].map(c => text.lastIndexOf(c, at)))).replace(stop, '');
}

/** Each locale's message for `key` as Firefox prints it (untranslated strings fall back to English). */
function messages(): Array<{ locale: string; key: string; text: string }> {
  const out: Array<{ locale: string; key: string; text: string }> = [];
  for (const locale of Object.keys(locales)) {
    for (const key of Object.keys(english)) {
      const template = locales[locale][key] ?? english[key];
      const second = /Status|DidNotSucceed|MissingAllowOrigin2/.test(key) ? '200'
        : key === 'CORSAllowOriginNotMatchingOrigin' ? 'https://shop.example.com'
          : key === 'CORSInvalidAllowMethod' ? 'GET;' : 'X-Api-Key';
      out.push({ locale, key, text: template.replace('%1$S', URL).replaceAll('%2$S', second) });
    }
  }
  return out;
}

describe('Firefox messages in every locale it ships', () => {
  it('holds the 15 CORS errors of Firefox ESR in about a hundred locales, from Debian\'s langpacks', () => {
    assert.equal(Object.keys(english).length, 15);
    assert.ok(Object.keys(locales).length >= 90, `${Object.keys(locales).length} locales`);
    assert.match(l10n.source, /firefox-esr-l10n/);
  });

  it('reads every message of every locale back to its reason, URL and value', function () {
    this.timeout(60_000); // ~1,500 messages; each regex is compiled on first use
    const all = messages();
    const wrong: string[] = [];
    const started = Date.now();
    for (const { locale, key, text } of all) {
      const p = parseCorsError(text);
      const reason = key.replace(/\d+$/, '');
      // A few translations print the same words for two errors (Aragonese and Guarani for the two
      // invalid-token messages): the message itself cannot tell them apart.
      const twins = Object.keys(english).filter(k => withoutStatus(locale, k) === withoutStatus(locale, key));
      if (p?.browser === 'firefox' && p.url === URL && twins.some(k => k.replace(/\d+$/, '') === p.failure)) continue;
      if (p?.browser !== 'firefox' || p.failure !== reason || p.url !== URL) {
        wrong.push(`${locale} ${key}: ${p ? `${p.failure} ${p.url}` : 'not recognised'}\n  ${text}`);
        continue;
      }
      if (key === 'CORSAllowOriginNotMatchingOrigin' && p.details.value !== 'https://shop.example.com') wrong.push(`${locale} ${key}: value ${p.details.value}`);
      if (key === 'CORSInvalidAllowMethod' && p.details.method !== 'GET;') wrong.push(`${locale} ${key}: method ${p.details.method}`);
      if (/AllowHeader/.test(key) && p.details.header !== 'x-api-key') wrong.push(`${locale} ${key}: header ${p.details.header}`);
      if (/DidNotSucceed|MissingAllowOrigin/.test(key) && p.status !== 200) wrong.push(`${locale} ${key}: status ${p.status}`);
    }
    assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} of ${all.length} wrong`);
    // eslint-disable-next-line no-console
    console.log(`      ${all.length} messages in ${Object.keys(locales).length} locales read back in ${Date.now() - started} ms`);
  });

  it('reads them as people paste them: no closing stop, wrapped, after DevTools\' source link, or with Status code: (null)', () => {
    const de = locales.de.CORSMissingAllowOrigin2.replace('%1$S', URL).replace('%2$S', '404');
    for (const paste of [de.replace(/\.$/, ''), de.replace(/ /g, (s, i: number) => (i % 40 === 0 ? '\n' : s)), `api.js:12 ${de}`]) {
      const p = parseCorsError(normalizeConsolePaste(paste));
      assert.equal(p?.failure, 'CORSMissingAllowOrigin', paste);
      assert.equal(p?.status, 404, paste);
      assert.equal(p?.locale, 'de');
    }
    const nothing = parseFirefoxMessage(english.CORSDidNotSucceed2.replace('%1$S', URL).replace('%2$S', '(null)'));
    assert.equal(nothing?.reason, 'CORSDidNotSucceed');
    assert.equal(nothing?.noResponse, true);
    assert.equal(nothing?.status, undefined);
  });

  it('reads the wording of earlier Firefox versions, without a status code', () => {
    const old = `Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at ${URL}. (Reason: missing token 'authorization' in CORS header 'Access-Control-Allow-Headers' from CORS preflight channel).`;
    assert.equal(parseCorsError(old)?.failure, 'CORSMissingAllowHeaderFromPreflight');
    assert.equal(parseCorsError(old)?.details.header, 'authorization');
    const current = english.CORSMissingAllowHeaderFromPreflight2.replace('%1$S', URL).replace('%2$S', 'Authorization');
    assert.equal(parseCorsError(current)?.details.header, 'authorization');
  });

  it('is not fooled by text that only looks like a Firefox message', () => {
    assert.equal(parseCorsError('Cross-Origin Request Blocked: something else entirely'), undefined);
    assert.equal(parseFirefoxMessage(`The remote resource at ${URL} is fine.`), undefined);
  });
});
