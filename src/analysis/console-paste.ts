// A console message as it arrives from a paste: through a one-line input box (line breaks dropped
// or turned into spaces), with DevTools' source link in front, or with the next console line
// ("GET http://… net::ERR_FAILED 200 (OK)") glued on. Returns the text parseCorsError reads.
import { parseCorsError } from '../probe/cors-error-message';
import { parseCopiedRequest } from './paste/copied-request';

/** The next console line Chrome prints for a blocked fetch, when it was copied along. */
const NET_ERROR_LINE = /\s*(?:(?:GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\s+)?https?:\/\/\S+\s+net::ERR_\w+[^\n]*$/;

/** The pasted text itself when it parses; otherwise the first repaired form that does; otherwise the text trimmed. */
export function normalizeConsolePaste(text: string): string {
  const candidates = [text, ...text.split(/\r?\n/)];
  const collapsed = text.replace(/\s+/g, ' ').trim();
  // A line break after "policy:" dropped by a single-line input leaves "policy:No 'Access-…".
  const spaced = collapsed.replace(/blocked by CORS policy:(?=\S)/, 'blocked by CORS policy: ').replace(/Request Blocked:(?=\S)/, 'Request Blocked: ');
  candidates.push(collapsed, spaced, spaced.replace(NET_ERROR_LINE, ''));
  for (const c of candidates) if (c.trim() && parseCorsError(c.trim())) return c.trim();
  return text.trim();
}

/** Whether `text` (the clipboard, say) holds a CORS console message or a request copied from DevTools. */
export function looksLikeCorsError(text: string): boolean {
  if (text.length < 200_000 && parseCopiedRequest(text.trim()) !== undefined) return true;
  return text.length < 20_000 && /CORS|Cross-Origin|Access-Control|access control checks/i.test(text) && parseCorsError(normalizeConsolePaste(text)) !== undefined;
}
