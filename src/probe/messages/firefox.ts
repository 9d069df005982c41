// Firefox's CORS console messages in every locale it ships, read back into what failed. The strings
// are Firefox's own (firefox-cors-l10n.json, rebuilt from Debian's langpacks by scripts/firefox-l10n.js);
// a paste is matched against each locale's template, so a German or Japanese message is understood
// as well as an English one. Older English wordings people still paste are kept beside them.
import type { MessageDetails } from '../console-messages';

/** Firefox's reason ids: the security.properties key without its version digit, as MDN names its pages. */
export type FirefoxReason =
  | 'CORSDisabled'
  | 'CORSDidNotSucceed'
  | 'CORSOriginHeaderNotAdded'
  | 'CORSExternalRedirectNotAllowed'
  | 'CORSRequestNotHttp'
  | 'CORSMissingAllowOrigin'
  | 'CORSAllowOriginNotMatchingOrigin'
  | 'CORSNotSupportingCredentials'
  | 'CORSMethodNotFound'
  | 'CORSMissingAllowCredentials'
  | 'CORSPreflightDidNotSucceed'
  | 'CORSInvalidAllowMethod'
  | 'CORSInvalidAllowHeader'
  | 'CORSMissingAllowHeaderFromPreflight'
  | 'CORSMultipleAllowOriginNotAllowed';

export interface FirefoxMessage {
  readonly url: string;
  readonly reason: FirefoxReason;
  readonly details: MessageDetails;
  /** `Status code: N`; undefined when the message has none or says `(null)`. */
  readonly status?: number;
  /** `Status code: (null)`: no HTTP response arrived at all (refused, reset, DNS, TLS), so no CORS header could. */
  readonly noResponse?: boolean;
  /** The locale whose wording matched (`en-GB` for English). */
  readonly locale: string;
}

/** What `%2$S` holds in each message that has one. */
const SECOND: Partial<Record<FirefoxReason, keyof MessageDetails | 'status'>> = {
  CORSDidNotSucceed: 'status',
  CORSMissingAllowOrigin: 'status',
  CORSPreflightDidNotSucceed: 'status',
  CORSAllowOriginNotMatchingOrigin: 'value',
  CORSInvalidAllowMethod: 'method',
  CORSInvalidAllowHeader: 'header',
  CORSMissingAllowHeaderFromPreflight: 'header',
};

/** English wordings of earlier Firefox versions (before the status code and the reworded header message). */
const LEGACY_ENGLISH: ReadonlyArray<[string, string]> = [
  ['CORSDidNotSucceed', 'Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at %1$S. (Reason: CORS request did not succeed).'],
  ['CORSMissingAllowOrigin', "Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at %1$S. (Reason: CORS header 'Access-Control-Allow-Origin' missing)."],
  ['CORSPreflightDidNotSucceed', 'Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at %1$S. (Reason: CORS preflight channel did not succeed).'],
  ['CORSPreflightDidNotSucceed', 'Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at %1$S. (Reason: CORS preflight response did not succeed).'],
  ['CORSMissingAllowHeaderFromPreflight', "Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at %1$S. (Reason: missing token '%2$S' in CORS header 'Access-Control-Allow-Headers' from CORS preflight channel)."],
];

interface Template {
  readonly locale: string;
  readonly reason: FirefoxReason;
  readonly pattern: RegExp;
  /** The template's length: longer templates are tried first, so one that is a prefix of another never wins. */
  readonly length: number;
  /** The message's first word (lower case): where in the line the pattern is tried. */
  readonly first: string;
  /** Words the line must contain before the pattern is tried (lower case). */
  readonly anchors: readonly string[];
  /** What the capture group after the URL holds, when the message names a value. */
  readonly second?: keyof MessageDetails;
}

/** Typographic quotes, guillemets' spacing and line wrapping vary between a locale file and a paste. */
export function foldFirefoxText(text: string): string {
  return text.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Full stops of the scripts Firefox is translated into: Latin, CJK, Gurmukhi/Devanagari, Ol Chiki, Urdu. */
const STOPS = '.\u3002\u0964\u1c7e\u06d4';
const CLOSING = new RegExp(`[${STOPS}]$`);
/**
 * A closing "Status code: N." in any language ("Statuscode: N.", "Code d'état : N.", "状态码：N。",
 * Kabyle's "Tangalt n waddaden N" without a colon, Santali's "ᱥᱛᱷᱤᱛᱤ ᱠᱳᱰ ᱺ N ᱾"), after a space or a
 * stop; Galician prints it twice.
 */
const STATUS_TAIL = `(?:(?:\\s+|(?<=[${STOPS})\uff09]))\\S[^:\uff1a\\d]{0,40}[:\uff1a]?\\s*(?<status>\\d{3}|\\(null\\))\\s*[${STOPS}]?){0,2}`;

/**
 * One template as a pattern: the URL and the second value become groups, the closing full stop is
 * optional (people paste without it), and so is a closing "Status code: N." sentence, which Firefox
 * versions before 2020 did not print (the template's own is cut off and read by STATUS_TAIL instead).
 */
function compile(locale: string, reason: FirefoxReason, raw: string): Template {
  let text = foldFirefoxText(raw).replace(CLOSING, '');
  const second = SECOND[reason];
  const at = text.indexOf('%2$S');
  if (second === 'status' && at >= 0) {
    const cut = Math.max(...[')', '\uff09', ...STOPS].map(c => text.lastIndexOf(c, at)));
    text = text.slice(0, cut + 1).replace(CLOSING, '');
  }
  const body = escapeRe(text)
    .replace(/ /g, '\\s*')
    // Some locales quote the URL ('%1$S'), others do not; a paste may do either.
    .replace(/'?%1\\\$S'?/, "'?(\\S+?)'?")
    .replace(escapeRe('%2$S'), '(.*?)');
  // The two longest words of the template: a line holding neither cannot match, and the regex is not tried.
  const anchors = text.split(/\s+|%[12]\$S/).map(w => w.toLowerCase()).sort((a, b) => b.length - a.length).slice(0, 2);
  return {
    locale, reason, length: text.length, anchors, first: text.slice(0, text.search(/\s|$/)).toLowerCase(),
    // Sticky: tried only where the message's first word stands, not at every offset of the line.
    pattern: new RegExp(`${body}\\s*[${STOPS}]?${STATUS_TAIL}\\s*$`, 'iy'), ...(second && second !== 'status' ? { second } : {}),
  };
}

let templates: Template[] | undefined;

/** Compiled on first use: the strings of ~100 locales are read only when a Firefox message is pasted. */
function allTemplates(): Template[] {
  if (templates) return templates;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const data = require('./firefox-cors-l10n.json') as { locales: Record<string, Record<string, string>> };
  const english = data.locales['en-GB'];
  const out: Template[] = [];
  for (const [locale, strings] of Object.entries(data.locales)) {
    for (const key of Object.keys(english)) {
      if (locale !== 'en-GB' && strings[key] === undefined) continue;
      out.push(compile(locale, key.replace(/\d+$/, '') as FirefoxReason, strings[key] ?? english[key]));
    }
  }
  for (const [reason, raw] of LEGACY_ENGLISH) out.push(compile('en-GB', reason as FirefoxReason, raw));
  templates = out.sort((a, b) => b.length - a.length);
  return templates;
}

/** The Firefox CORS message in `line` (any locale, DevTools text around it allowed), or undefined. */
export function parseFirefoxMessage(line: string): FirefoxMessage | undefined {
  const text = foldFirefoxText(line);
  const lower = text.toLowerCase();
  for (const t of allTemplates()) {
    if (!t.anchors.every(a => lower.includes(a))) continue;
    t.pattern.lastIndex = lower.indexOf(t.first);
    if (t.pattern.lastIndex < 0) continue;
    const m = t.pattern.exec(text);
    if (!m) continue;
    const url = m[1].replace(/^'|'$/g, '').replace(/\.$/, '');
    const value = t.second ? m[2] : undefined;
    const details: MessageDetails = t.second && value !== undefined ? { [t.second]: t.second === 'header' ? value.toLowerCase() : value } : {};
    const status = m.groups?.status;
    return {
      url, reason: t.reason, details, locale: t.locale,
      ...(status && status !== '(null)' ? { status: Number(status) } : {}), ...(status === '(null)' ? { noResponse: true } : {}),
    };
  }
  return undefined;
}
