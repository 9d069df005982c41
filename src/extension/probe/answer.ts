// The probe report's "This answer came from <file:line>": reads the workspace's sources and port
// files (package.json, .env, ...), analyses them, and asks the core which site answered.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { analyze } from '../../analysis/analyze';
import { answerFor, type ExplainWorkspace, type ProbeAnswer } from '../../analysis/explain';
import type { FileModel } from '../../analysis/model/policy';
import type { SourceFile } from '../../analysis/routes';
import type { Report } from '../../probe/probe';

export const SOURCES = '**/{*.py,*.js,*.cjs,*.mjs,*.ts,*.mts,*.cts,package.json,.env,.env.*,Procfile,Makefile,docker-compose.yml,compose.yaml}';
export const EXCLUDE = '**/{node_modules,.git,.venv,venv,__pycache__,dist,build,out,site-packages,coverage}/**';
/** A probe is an explicit request; still, a monorepo must not stall it. */
export const MAX_FILES = 3000;
export const MAX_BYTES = 1_000_000;

export interface LoadedAnswer {
  readonly answer: ProbeAnswer;
  readonly uri: vscode.Uri;
  /** The file's text the answer's offsets refer to; a fix is refused when the file changed since. */
  readonly text: string;
  /** The file the fix edits and its text (the site's own, or an allowlist module it imports). */
  readonly fixUri: vscode.Uri;
  readonly fixText: string;
}

export interface LoadedWorkspace {
  readonly workspace: ExplainWorkspace;
  /** The document a workspace-relative file name stands for. */
  readonly uriOf: (file: string) => vscode.Uri | undefined;
  /** The text of a workspace-relative file as loaded, for analyses that follow imports. */
  readonly readFile: (file: string) => string | undefined;
}

/** The workspace as explain() and answerFor() take it; open documents win over the disk (the user may be editing the policy). */
export async function loadWorkspace(): Promise<LoadedWorkspace> {
  const uris = await vscode.workspace.findFiles(SOURCES, EXCLUDE, MAX_FILES);
  const files: SourceFile[] = [];
  const models: FileModel[] = [];
  const byPath = new Map<string, vscode.Uri>();
  const open = new Map(vscode.workspace.textDocuments.map(d => [d.uri.toString(), d.getText()]));
  for (const uri of uris) {
    let text = open.get(uri.toString());
    if (text === undefined) {
      try {
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (bytes.byteLength > MAX_BYTES) continue;
        text = new TextDecoder().decode(bytes);
      } catch {
        continue;
      }
    }
    const file = vscode.workspace.asRelativePath(uri, true);
    byPath.set(file, uri);
    files.push({ file, text });
  }
  // Every source is read first, so an analysis follows imports into any of them (and split settings).
  const texts = new Map(files.map(f => [path.normalize(f.file), f.text]));
  const readFile = (file: string) => texts.get(path.normalize(file));
  for (const { file, text } of files) {
    if (!/\.(py|[cm]?[jt]s)$/.test(file)) continue;
    const result = await analyze({ file, text }, { readFile });
    if (result.model.sites.length) models.push(result.model);
  }
  return { workspace: { models, files }, uriOf: file => byPath.get(file), readFile };
}

export async function findAnswer(report: Report): Promise<LoadedAnswer | undefined> {
  if (report.outcome === 'error') return undefined;
  const { workspace, uriOf, readFile } = await loadWorkspace();
  const answer = await answerFor(report.request, report.verdict, workspace, { readFile });
  const uri = answer && uriOf(answer.site.file);
  if (!answer || !uri) return undefined;
  const text = workspace.files.find(f => f.file === answer.site.file)!.text;
  const fixFile = answer.fixFile ?? answer.site.file;
  const fixUri = uriOf(fixFile) ?? uri;
  return { answer, uri, text, fixUri, fixText: fixUri === uri ? text : readFile(fixFile) ?? '' };
}
