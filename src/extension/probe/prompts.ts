// Asks for the probe's inputs, remembering the last answers and offering the dev-server URLs the
// workspace mentions.
import * as vscode from 'vscode';
import type { CredentialsMode, ProbeRequest } from '../../probe/types';
import { devServerUrls } from './dev-server-urls';
import { DEFAULT_DEV_ORIGINS } from '../../analysis/analyze';
import { activeDevOrigins } from '../settings';

const LAST_KEY = 'corsLens.probe.last';
/** Files worth reading for a dev-server port; capped so the scan stays cheap on big workspaces. */
// VS Code's glob has no nested braces: every name is spelled out.
const CANDIDATE_GLOB = '**/{app.py,main.py,manage.py,wsgi.py,asgi.py,run.py,server.py,server.js,server.ts,server.mjs,server.cjs,app.js,app.ts,app.mjs,app.cjs,index.js,index.ts,index.mjs,index.cjs,main.js,main.ts,package.json,Procfile}';
const MAX_FILES = 40;
const MAX_FILE_BYTES = 256 * 1024;

export type LastInputs = Partial<ProbeRequest>;

export async function discoverDevServerUrls(): Promise<string[]> {
  const files = await vscode.workspace.findFiles(CANDIDATE_GLOB, '**/{node_modules,.venv,venv,.git,dist,out,build}/**', MAX_FILES);
  const urls: string[] = [];
  await Promise.all(files.map(async (uri) => {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_FILE_BYTES) return;
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      urls.push(...devServerUrls(uri.path, text));
    } catch {
      // unreadable files just offer nothing
    }
  }));
  return [...new Set(urls)].sort();
}

function validateUrl(value: string): string | undefined {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? undefined : 'Use an http:// or https:// URL.';
  } catch {
    return 'Enter a full URL, e.g. http://localhost:5000/api/items';
  }
}

async function askUrl(last: LastInputs): Promise<string | undefined> {
  const discovered = await discoverDevServerUrls();
  const candidates = [...new Set([...(last.url ? [last.url] : []), ...discovered])];
  let value = candidates[0] ?? 'http://localhost:5000/';
  if (candidates.length > 1) {
    const other = 'Another URL…';
    const pick = await vscode.window.showQuickPick([...candidates, other], { title: 'CORS probe: endpoint URL', placeHolder: 'The API endpoint the page calls' });
    if (pick === undefined) return undefined;
    if (pick !== other) value = pick;
  }
  return vscode.window.showInputBox({
    title: 'CORS probe: endpoint URL', value, prompt: 'The API endpoint your page calls (edit the path as needed)', validateInput: validateUrl,
  });
}

async function askOrigin(last: LastInputs): Promise<string | undefined> {
  const configured = activeDevOrigins();
  const options = [...new Set([...(last.origin ? [last.origin] : []), ...configured])];
  const other = 'Another origin…';
  const pick = await vscode.window.showQuickPick([...options, other], { title: 'CORS probe: the page\'s origin' });
  if (pick !== other) return pick;
  return vscode.window.showInputBox({ title: 'CORS probe: the page\'s origin', value: configured[0] ?? DEFAULT_DEV_ORIGINS[0], prompt: 'scheme://host[:port], no path' });
}

async function askMethod(last: LastInputs): Promise<string | undefined> {
  const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'];
  const ordered = last.method && methods.includes(last.method) ? [last.method, ...methods.filter((m) => m !== last.method)] : methods;
  const other = 'Another method…';
  const pick = await vscode.window.showQuickPick([...ordered, other], { title: 'CORS probe: method' });
  if (pick !== other) return pick;
  return vscode.window.showInputBox({ title: 'CORS probe: method', prompt: 'Sent exactly as typed (fetch() upper-cases only the standard methods)' });
}

async function askHeaders(last: LastInputs): Promise<Array<[string, string]> | undefined> {
  const headers: Array<[string, string]> = [];
  const previous = (last.headers ?? []).map(([n, v]) => `${n}: ${v}`);
  for (let i = 0; i < 20; i++) {
    const entry = await vscode.window.showInputBox({
      title: `CORS probe: request header ${i + 1} (leave empty when done)`,
      value: previous[i] ?? '',
      prompt: 'Name: value, as the page sets it, e.g. Content-Type: application/json',
      validateInput: (v) => (v.trim() === '' || /^[^:\s]+\s*:/.test(v) ? undefined : 'Write Name: value'),
    });
    if (entry === undefined) return undefined;
    if (entry.trim() === '') break;
    const colon = entry.indexOf(':');
    headers.push([entry.slice(0, colon).trim(), entry.slice(colon + 1).trim()]);
  }
  return headers;
}

async function askCredentials(last: LastInputs): Promise<CredentialsMode | undefined> {
  const items: Array<vscode.QuickPickItem & { mode: CredentialsMode }> = [
    { label: 'omit', description: 'no cookies (fetch default for cross-origin)', mode: 'omit' },
    { label: 'include', description: "cookies and HTTP auth: credentials: 'include'", mode: 'include' },
    { label: 'same-origin', description: 'cookies only for same-origin requests', mode: 'same-origin' },
  ];
  items.sort((a, b) => Number(b.mode === last.credentials) - Number(a.mode === last.credentials));
  return (await vscode.window.showQuickPick(items, { title: 'CORS probe: credentials mode' }))?.mode;
}

const SECRET_HEADER = /^(authorization|proxy-authorization|cookie)$|key|token|secret|session|auth/i;

/** The full prompt sequence; undefined when the user cancels any step. */
export async function promptForRequest(state: vscode.Memento): Promise<ProbeRequest | undefined> {
  const last = state.get<LastInputs>(LAST_KEY) ?? {};
  const url = await askUrl(last);
  if (!url) return undefined;
  const origin = await askOrigin(last);
  if (!origin) return undefined;
  const method = await askMethod(last);
  if (!method) return undefined;
  const headers = await askHeaders(last);
  if (!headers) return undefined;
  const credentials = await askCredentials(last);
  if (!credentials) return undefined;
  const request: ProbeRequest = { url, origin, method, headers, credentials };
  // Remembered in plain global state: header names stay, secrets do not.
  await state.update(LAST_KEY, { ...request, headers: headers.map(([n, v]) => [n, SECRET_HEADER.test(n) ? '' : v]) });
  return request;
}

/** Asks before sending a request that may change data on the server. */
export async function confirmUnsafe(method: string): Promise<boolean> {
  const send = `Send ${method}`;
  const answer = await vscode.window.showWarningMessage(
    `The browser would send the actual ${method} request after the preflight. Send it too? It may change data on the server.`,
    { modal: true }, send, 'Preflight only');
  return answer === send;
}
