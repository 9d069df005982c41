// Which port a back end listens on, from what is written in its files: run calls, listen calls,
// command lines in package.json scripts / Procfiles / Makefiles, and PORT= in .env files.
import type { Range } from '../model/range';

export interface PortDecl {
  readonly port: number;
  readonly file: string;
  readonly range: Range;
  /** How the port was found, for the explanation (`app.run(port=...)`, `.env PORT=`, `Flask's default`). */
  readonly how: string;
  /** A default the library picks because nothing is written (then `range` is the run call or the site). */
  readonly isDefault?: boolean;
}

export interface SourceFile {
  readonly file: string;
  readonly text: string;
}

const PORT_NUMBER = /\b([1-9]\d{1,4})\b/;

/** The text between the parenthesis at `open` and its partner (strings are not special: config code rarely nests quotes with parentheses). */
function argsAt(text: string, open: number): { start: number; end: number } | undefined {
  let depth = 0;
  for (let i = open; i < text.length && i < open + 4000; i++) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return { start: open + 1, end: i };
    }
  }
  return undefined;
}

/** The top-level comma-separated arguments of an argument text, with offsets. */
function splitArgs(text: string, base: number): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    if (i === text.length || (c === ',' && depth === 0)) {
      const raw = text.slice(from, i);
      const lead = raw.length - raw.trimStart().length;
      if (raw.trim()) out.push({ text: raw.trim(), start: base + from + lead });
      from = i + 1;
    }
  }
  return out;
}

/** A port from an expression: a number, `int(os.environ.get("PORT", "5000"))`, `process.env.PORT || 4000`, or a name bound to one of those. */
function portOf(expr: string, text: string, depth = 0): number | undefined {
  const direct = PORT_NUMBER.exec(expr);
  if (direct) {
    const n = Number(direct[1]);
    return n > 0 && n < 65536 ? n : undefined;
  }
  const name = /^(?:Number\(|int\()?\s*([A-Za-z_$][\w$]*)\s*\)?$/.exec(expr.trim())?.[1];
  if (!name || depth > 2) return undefined;
  const binding = new RegExp(`(?:^|\\n)\\s*(?:(?:const|let|var)\\s+)?${name.replace(/\$/g, '\\$')}\\s*=\\s*([^\\n;]+)`).exec(text);
  return binding ? portOf(binding[1], text, depth + 1) : undefined;
}

interface CallPattern {
  readonly callee: RegExp;
  readonly how: string;
  /** The keyword (`port=` / `port:`) or positional index holding the port. */
  readonly keyword: RegExp;
  readonly positional?: number;
  readonly fallback?: number;
  readonly fallbackHow?: string;
}

const UVICORN_RUN: CallPattern = { callee: /\buvicorn\.run\s*\(/g, how: 'uvicorn.run(port=...)', keyword: /^port\s*=\s*/, fallback: 8000, fallbackHow: "uvicorn's default port (uvicorn.run without port=)" };

/** `app.run(...)` only on names bound to `Flask(...)` / `SocketIO(...)`: `asyncio.run` is no server. */
function flaskRun(text: string): CallPattern | undefined {
  const names = [...text.matchAll(/^\s*([A-Za-z_]\w*)\s*=\s*(?:flask\.)?(?:Flask|SocketIO)\(/gm)].map(m => m[1]);
  if (names.length === 0) return undefined;
  return {
    callee: new RegExp(`\\b(?:${names.join('|')})\\.run\\s*\\(`, 'g'),
    how: 'app.run(port=...)', keyword: /^port\s*=\s*/, positional: 1, fallback: 5000, fallbackHow: "Flask's default port (app.run without port=)",
  };
}

const JS_CALLS: readonly CallPattern[] = [
  { callee: /\b[A-Za-z_$][\w$]*\.listen\s*\(/g, how: '.listen(...)', keyword: /^port\s*:\s*/, positional: 0 },
];

function callPorts(src: SourceFile, patterns: readonly CallPattern[]): PortDecl[] {
  const out: PortDecl[] = [];
  for (const p of patterns) {
    for (const m of src.text.matchAll(p.callee)) {
      const open = m.index + m[0].length - 1;
      const args = argsAt(src.text, open);
      if (!args) continue;
      const range = { start: m.index, end: args.end + 1 };
      let list = splitArgs(src.text.slice(args.start, args.end), args.start);
      // fastify.listen({ port: 3000 }): the options object's members.
      if (list.length === 1 && list[0].text.startsWith('{')) list = splitArgs(list[0].text.slice(1, -1), list[0].start + 1);
      const kw = list.find(a => p.keyword.test(a.text));
      const positional = p.positional !== undefined ? list.filter(a => !/^\w+\s*[=:]/.test(a.text))[p.positional] : undefined;
      const value = kw?.text.replace(p.keyword, '');
      const arg = kw && value !== undefined ? { text: value, start: kw.start + kw.text.length - value.length } : positional;
      const port = arg ? portOf(arg.text, src.text) : undefined;
      if (port !== undefined) out.push({ port, file: src.file, range: { start: arg!.start, end: arg!.start + arg!.text.length }, how: p.how });
      else if (!arg && p.fallback !== undefined && !kw) out.push({ port: p.fallback, file: src.file, range, how: p.fallbackHow!, isDefault: true });
    }
  }
  return out;
}

// Command lines wherever they are written (package.json scripts, Procfile, Makefile, docker-compose, shell scripts).
const COMMAND_PORTS: ReadonlyArray<{ pattern: RegExp; how: string }> = [
  { pattern: /\brunserver(?:\s+--?[\w-]+)*\s+(?:[\w.[\]-]*:)?(\d{2,5})\b/g, how: 'manage.py runserver' },
  { pattern: /\buvicorn\s[^\n"]*?--port[= ](\d{2,5})\b/g, how: 'uvicorn --port' },
  { pattern: /\bflask\s[^\n"]*?\brun\b[^\n"]*?(?:--port[= ]|-p\s*)(\d{2,5})\b/g, how: 'flask run --port' },
  { pattern: /\b(?:gunicorn|hypercorn|daphne)\s[^\n"]*?(?:--bind[= ]|-b\s*)(?:[\w.[\]-]*:)(\d{2,5})\b/g, how: 'the server command --bind' },
  { pattern: /\bPORT=(\d{2,5})\s+(?:node|nodemon|npm|npx|ts-node|tsx|python3?|flask|uvicorn)\b/g, how: 'PORT= on the command line' },
  { pattern: /\b(?:node|nodemon|ts-node|tsx|next|vite|nest)\s[^\n"]*?(?:--port[= ]|-p\s+)(\d{2,5})\b/g, how: 'the start command --port' },
];

function commandPorts(src: SourceFile): PortDecl[] {
  const out: PortDecl[] = [];
  for (const c of COMMAND_PORTS) {
    for (const m of src.text.matchAll(c.pattern)) {
      const start = m.index + m[0].lastIndexOf(m[1]);
      out.push({ port: Number(m[1]), file: src.file, range: { start, end: start + m[1].length }, how: c.how });
    }
  }
  return out;
}

function envPorts(src: SourceFile): PortDecl[] {
  const out: PortDecl[] = [];
  for (const m of src.text.matchAll(/^[ \t]*(?:export[ \t]+)?PORT[ \t]*=[ \t]*["']?(\d{2,5})\b/gm)) {
    const start = m.index + m[0].lastIndexOf(m[1]);
    out.push({ port: Number(m[1]), file: src.file, range: { start, end: start + m[1].length }, how: '.env PORT=' });
  }
  return out;
}

const base = (file: string) => file.replace(/^.*[\\/]/, '');

/** Every port a file declares, in the order a developer's setup would prefer them (.env and commands override code defaults). */
export function portsIn(src: SourceFile): PortDecl[] {
  const name = base(src.file);
  if (/^\.env(\..+)?$/.test(name)) return envPorts(src);
  if (/\.py$/.test(name)) {
    const flask = flaskRun(src.text);
    return [...commandPorts(src), ...callPorts(src, flask ? [UVICORN_RUN, flask] : [UVICORN_RUN])];
  }
  if (/\.[cm]?[jt]sx?$/.test(name)) return callPorts(src, JS_CALLS);
  if (/^(package\.json|Procfile|Makefile|docker-compose\.ya?ml|compose\.ya?ml|.*\.sh)$/.test(name)) return commandPorts(src);
  return [];
}
