// A request as DevTools copies it from the Network panel ("Copy as fetch", "Copy as fetch (Node.js)",
// "Copy as cURL (bash)", "Copy as cURL (cmd)"): the real URL, method, headers and credentials
// mode, so Explain judges the request that failed instead of guessing it from the console line.
import type { CredentialsMode, HeaderList } from '../../probe/types';

export interface CopiedRequest {
  readonly url: string;
  readonly method: string;
  /** The headers as copied, browser-set ones included (the plan drops the forbidden ones). */
  readonly headers: HeaderList;
  readonly credentials: CredentialsMode;
  /** The page's origin, from the Origin header, or the referrer when there is none. */
  readonly origin?: string;
  readonly copiedAs: 'fetch' | 'fetch (Node.js)' | 'cURL (bash)' | 'cURL (cmd)';
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const o = new URL(url).origin;
    return o === 'null' ? undefined : o;
  } catch {
    return undefined;
  }
}

function header(headers: HeaderList, name: string): string | undefined {
  return headers.find(([n]) => n.toLowerCase() === name)?.[1];
}

/** `fetch("url", {...});` as DevTools writes it: the options are JSON. */
function parseFetch(text: string): CopiedRequest | undefined {
  const m = /^\s*(?:await\s+)?fetch\(\s*("(?:[^"\\]|\\.)*")\s*,\s*(\{[\s\S]*\})\s*\)\s*;?\s*$/.exec(text);
  if (!m) return undefined;
  let url: string;
  let init: { headers?: Record<string, string>; method?: string; credentials?: string; referrer?: string };
  try {
    url = JSON.parse(m[1]) as string;
    init = JSON.parse(m[2]) as typeof init;
  } catch {
    return undefined;
  }
  const headers: HeaderList = Object.entries(init.headers ?? {}).map(([n, v]) => [n, String(v)] as const);
  // The Node.js variant has no credentials mode; it carries the cookie and Referer as headers.
  const node = init.credentials === undefined;
  const credentials: CredentialsMode = node
    ? (header(headers, 'cookie') !== undefined ? 'include' : 'omit')
    : (['include', 'omit', 'same-origin'].includes(init.credentials!) ? init.credentials as CredentialsMode : 'same-origin');
  const origin = originOf(header(headers, 'origin')) ?? originOf(init.referrer ?? header(headers, 'referer'));
  return { url, method: init.method ?? 'GET', headers, credentials, ...(origin ? { origin } : {}), copiedAs: node ? 'fetch (Node.js)' : 'fetch' };
}

/** Splits a bash command line: quotes, $'…' and backslash escapes and line continuations. */
function bashWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  const end = () => { if (inWord) words.push(word); word = ''; inWord = false; };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      // Before a line break, or the space a one-line input box left of it, it continues the command.
      const next = text[i + 1];
      if (next === undefined || /\s/.test(next)) { end(); continue; }
      word += next;
      inWord = true;
      i++;
    } else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) return words;
      word += text.slice(i + 1, close);
      inWord = true;
      i = close;
    } else if (c === '$' && text[i + 1] === "'") {
      // ANSI-C quoting: DevTools uses it for values with control characters or quotes.
      let j = i + 2;
      for (; j < text.length && text[j] !== "'"; j++) {
        if (text[j] === '\\' && j + 1 < text.length) {
          const e = text[++j];
          word += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
        } else word += text[j];
      }
      inWord = true;
      i = j;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) word += text[j] === '\\' && '"\\$`'.includes(text[j + 1] ?? '') ? text[++j] : text[j];
      inWord = true;
      i = j;
    } else if (/\s/.test(c)) end();
    else { word += c; inWord = true; }
  }
  end();
  return words;
}

/**
 * Splits a cmd.exe command line as curl.exe receives it: cmd removes the ^ escapes (a ^ before a line
 * break, or before the space a one-line input box left, continues the line), then the C runtime
 * reads "…" quotes with \" inside.
 */
function cmdWords(text: string): string[] {
  const unescaped = text.replace(/\^\s+/g, ' ').replace(/\^(.)/g, '$1');
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quoted = false;
  for (let i = 0; i < unescaped.length; i++) {
    const c = unescaped[i];
    if (c === '\\' && unescaped[i + 1] === '"') { word += '"'; inWord = true; i++; }
    else if (c === '"') { quoted = !quoted; inWord = true; }
    else if (!quoted && /\s/.test(c)) { if (inWord) words.push(word); word = ''; inWord = false; }
    else { word += c; inWord = true; }
  }
  if (inWord) words.push(word);
  return words;
}

/** `curl 'url' -H '…' …` as DevTools writes it for bash or for cmd. */
function parseCurl(text: string): CopiedRequest | undefined {
  if (!/^\s*curl(?:\.exe)?\s/.test(text)) return undefined;
  const cmd = /\^\s*$/m.test(text) || /\^"/.test(text);
  const words = (cmd ? cmdWords(text.trim()) : bashWords(text.trim())).slice(1);
  const headers: Array<readonly [string, string]> = [];
  let url: string | undefined;
  let method: string | undefined;
  let body = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '-H' || w === '--header') {
      const h = words[++i] ?? '';
      const colon = h.indexOf(':');
      if (colon > 0) headers.push([h.slice(0, colon).trim(), h.slice(colon + 1).trim()]);
    } else if (w === '-X' || w === '--request') method = words[++i];
    else if (w === '-b' || w === '--cookie') headers.push(['Cookie', words[++i] ?? '']);
    else if (['-d', '--data', '--data-raw', '--data-binary', '--data-urlencode'].includes(w)) { body = true; i++; }
    else if (['-u', '--user', '-A', '--user-agent', '-e', '--referer', '-o', '--output'].includes(w)) i++;
    else if (!w.startsWith('-') && url === undefined) url = w;
  }
  if (!url) return undefined;
  const origin = originOf(header(headers, 'origin')) ?? originOf(header(headers, 'referer'));
  return {
    url, method: method ?? (body ? 'POST' : 'GET'), headers,
    // cURL has no credentials mode: a copied cookie means the browser sent one.
    credentials: header(headers, 'cookie') !== undefined ? 'include' : 'omit',
    ...(origin ? { origin } : {}), copiedAs: cmd ? 'cURL (cmd)' : 'cURL (bash)',
  };
}

/** The request DevTools copied, or undefined when `text` is not one. */
export function parseCopiedRequest(text: string): CopiedRequest | undefined {
  return parseFetch(text) ?? parseCurl(text);
}
