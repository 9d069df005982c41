// Guesses the URLs of the back-end dev servers a workspace starts, from their source text, to
// prefill the probe's URL prompt. Pure (no vscode) so it is tested directly.

const PYTHON_PORT_CALL = /\b(?:app|application|server)\.run\([^)]*?\bport\s*=\s*(\d{2,5})/g;
const UVICORN_RUN = /\buvicorn\.run\(([^)]*)\)/g;
const JS_LISTEN = /\.listen\(\s*(\d{2,5})\b/g;
const JS_PORT_CONSTANT = /\b(?:const|let|var)\s+PORT\s*=\s*(?:process\.env\.\w+\s*(?:\|\||\?\?)\s*)?['"]?(\d{2,5})\b/gi;
const COMMAND_PORT = /\b(?:flask\s+run|uvicorn|gunicorn|manage\.py\s+runserver|runserver|vite|next\s+dev|node)\b[^\n"]*?(?:--port[ =]|-p\s+|:)(\d{2,5})\b/g;

const url = (port: string | number) => `http://localhost:${port}/`;

function all(re: RegExp, text: string): string[] {
  return [...text.matchAll(re)].map((m) => m[1]);
}

/** Dev-server base URLs one file suggests, most specific first. */
export function devServerUrls(fileName: string, text: string): string[] {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const out: string[] = [];
  if (base.endsWith('.py')) {
    out.push(...all(PYTHON_PORT_CALL, text).map(url));
    for (const args of all(UVICORN_RUN, text)) out.push(url(/\bport\s*=\s*(\d{2,5})/.exec(args)?.[1] ?? 8000));
    if (base === 'manage.py') out.push(url(8000));
    else if (/\bFlask\(/.test(text) && /\.run\(/.test(text) && out.length === 0) out.push(url(5000));
  } else if (/\.(?:[cm]?js|ts)$/.test(base)) {
    out.push(...all(JS_LISTEN, text).map(url));
    if (/\.listen\(\s*PORT\b/i.test(text)) out.push(...all(JS_PORT_CONSTANT, text).map(url));
  } else if (base === 'package.json' || base === 'Procfile' || base.endsWith('.sh')) {
    out.push(...all(COMMAND_PORT, text).map(url));
  }
  return [...new Set(out)];
}
