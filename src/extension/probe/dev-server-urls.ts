// Guesses the URLs of the back-end dev servers a workspace starts, from their source text, to
// prefill the probe's URL prompt. Pure (no vscode) so it is tested directly. Tolerant on purpose:
// a wrong guess costs one edit in a prefilled input box.

/** `port=` inside a run call, allowing `int(os.environ.get("PORT", "5000"))`. */
const PYTHON_RUN_PORT = /\b(?:app|application|server)\.run\((?:[^()]|\([^()]*(?:\([^()]*\)[^()]*)*\))*?\bport\s*=\s*[^\n]{0,60}?(\d{2,5})/g;
const UVICORN_RUN = /\buvicorn\.run\(((?:[^()]|\([^()]*\))*)\)/g;
const JS_LISTEN = /\.listen\(\s*(\d{2,5})\b/g;
/** `const PORT = Number(process.env.PORT || 4000)` and friends: the first number in the statement. */
const JS_PORT_CONSTANT = /\b(?:const|let|var)\s+PORT\s*=\s*[^;\n]{0,80}?\b(\d{2,5})\b/gi;
/** A documented or scripted start command: `uvicorn main:app --port 8000`, `flask run -p 5001`, `runserver 0.0.0.0:8001`. */
const COMMAND_PORT = /\b(?:flask\s+run|uvicorn|gunicorn|hypercorn)\b[^\n"'`]*?(?:--port[ =]|-p\s+|--bind[ =][\w.]*:)(\d{2,5})\b|\brunserver\s+(?:[\w.]+:)?(\d{2,5})\b/g;

const url = (port: string | number) => `http://localhost:${port}/`;

/** The first capture group that matched, per match. */
function all(re: RegExp, text: string): string[] {
  return [...text.matchAll(re)].map((m) => m.slice(1).find((g) => g !== undefined) ?? '');
}

/** Dev-server base URLs one file suggests, most specific first. */
export function devServerUrls(fileName: string, text: string): string[] {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const out: string[] = [];
  if (base.endsWith('.py')) {
    out.push(...all(PYTHON_RUN_PORT, text).map(url));
    for (const args of all(UVICORN_RUN, text)) out.push(url(/\bport\s*=\s*(\d{2,5})/.exec(args)?.[1] ?? 8000));
    out.push(...all(COMMAND_PORT, text).map(url));
    if (base === 'manage.py') out.push(url(8000));
    else if (/\bFlask\(/.test(text) && /\.run\(/.test(text) && out.length === 0) out.push(url(5000));
  } else if (/\.(?:[cm]?js|ts)$/.test(base)) {
    out.push(...all(JS_LISTEN, text).map(url));
    if (/\.listen\(\s*PORT\b/i.test(text)) out.push(...all(JS_PORT_CONSTANT, text).map(url));
  } else {
    out.push(...all(COMMAND_PORT, text).map(url));
  }
  return [...new Set(out)];
}
