// Safari's CORS console messages (WebKit's CrossOriginAccessControl and preflight cache strings).
// Safari prints the reason and the URL on separate lines:
//   [Error] Origin http://localhost:3000 is not allowed by Access-Control-Allow-Origin. Status code: 200
//   [Error] Fetch API cannot load http://localhost:5000/api/items due to access control checks.
// so a paste is read as a whole: the reason from one line, the URL from another.
import type { MessageDetails } from '../console-messages';
import type { CorsError } from '../types';

export interface SafariMessage {
  readonly url: string;
  readonly origin?: string;
  readonly failure: CorsError;
  readonly details: MessageDetails;
  readonly status?: number;
  readonly api?: string;
}

const URL_LINE = /(Fetch API|XMLHttpRequest|EventSource) cannot load (\S+?) due to access control checks\.?/;
/** "Failed to load resource: <reason>", Safari's network line, carries the reason again. */
const STATUS = /\s*Status code: (\d{3})\b/;

/**
 * WebKit's reasons. Its "Origin X is not allowed" covers a missing and a different header alike
 * (it compares the header, '' when absent, with the origin), so it maps to the mismatch.
 */
const REASONS: ReadonlyArray<{ pattern: RegExp; error: CorsError; detail?: keyof MessageDetails | 'origin' }> = [
  { pattern: /Origin (\S+) is not allowed by Access-Control-Allow-Origin\./, error: 'AllowOriginMismatch', detail: 'origin' },
  { pattern: /Cannot use wildcard in Access-Control-Allow-Origin when credentials flag is true\./, error: 'WildcardOriginNotAllowed' },
  { pattern: /Access-Control-Allow-Origin cannot contain more than one origin\./, error: 'MultipleAllowOriginValues' },
  { pattern: /Credentials flag is true, but Access-Control-Allow-Credentials is not "true"\./, error: 'InvalidAllowCredentials' },
  { pattern: /Preflight response is not successful\b/, error: 'PreflightInvalidStatus' },
  { pattern: /Method (\S+) is not allowed by Access-Control-Allow-Methods\./, error: 'MethodDisallowedByPreflightResponse', detail: 'method' },
  { pattern: /Request header field (\S+) is not allowed by Access-Control-Allow-Headers\./, error: 'HeaderDisallowedByPreflightResponse', detail: 'header' },
];

/** A Safari CORS message in `text` (all pasted lines together), or undefined. */
export function parseSafari(text: string): SafariMessage | undefined {
  const where = URL_LINE.exec(text);
  for (const r of REASONS) {
    const m = r.pattern.exec(text);
    if (!m) continue;
    // Without the "cannot load … due to access control checks" line there is no URL to explain.
    const url = where?.[2] ?? /Cross-origin redirection to (\S+) denied/.exec(text)?.[1];
    if (!url) return undefined;
    const status = STATUS.exec(text.slice(m.index));
    const details: MessageDetails = r.detail && r.detail !== 'origin' ? { [r.detail]: r.detail === 'header' ? m[1].toLowerCase() : m[1] } : {};
    return {
      url, failure: r.error, details,
      ...(r.detail === 'origin' ? { origin: m[1] } : {}),
      ...(status ? { status: Number(status[1]) } : {}),
      ...(where ? { api: where[1] === 'Fetch API' ? 'fetch' : where[1] } : {}),
    };
  }
  return undefined;
}
