// The policy overview's data: every CORS site of the workspace grouped by back end (framework and
// port), with its effective policy and findings. Loaded only while the view is visible; files are
// parsed once per version (open documents through the FindingStore, closed ones cached by mtime).
import * as vscode from 'vscode';
import type { AnalysisResult } from '../../analysis/analyze';
import type { Finding, Severity } from '../../analysis/model/finding';
import type { CorsSite, FileModel } from '../../analysis/model/policy';
import { languageFromPath } from '../../analysis/parse/parser';
import { checkSiteInApp, findingsBySite, libraryLabel, originsSummary, policyFields } from '../../analysis/policy-summary';
import { findBackends, type Backend, type ServerFramework, type SourceFile } from '../../analysis/routes';
import { PositionMap } from '../diagnostics';
import { analyzeText, analyzerPath, type FindingStore } from '../finding-store';
import { EXCLUDE, MAX_BYTES, MAX_FILES, SOURCES } from '../probe/answer';
import { readAnalysisSettings } from '../settings';
import { siteMarkdown } from './markdown';

/** Files that cannot configure CORS are read (for ports) but not parsed. */
const MENTIONS_CORS = /cors|access-control-allow/i;

export interface Place {
  readonly uri: vscode.Uri;
  readonly range: vscode.Range;
}

export interface FindingNode {
  readonly kind: 'finding';
  readonly id: string;
  readonly finding: Finding;
  readonly place: Place;
}

export interface FieldNode {
  readonly kind: 'field';
  readonly id: string;
  readonly name: string;
  readonly value: string;
  readonly place?: Place;
}

export interface SiteNode {
  readonly kind: 'site';
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** The hover's Markdown (simulated dev-origin requests and the policy). */
  readonly markdown: string;
  readonly site: CorsSite;
  readonly place: Place;
  readonly severity?: Severity;
  readonly children: ReadonlyArray<FieldNode | FindingNode>;
}

export interface BackendNode {
  readonly kind: 'backend';
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly tooltip: string;
  readonly children: ReadonlyArray<SiteNode | FindingNode>;
}

export type OverviewNode = BackendNode | SiteNode | FieldNode | FindingNode;

const FRAMEWORK: Record<ServerFramework, string> = {
  flask: 'Flask', django: 'Django', starlette: 'FastAPI / Starlette', express: 'Express', koa: 'Koa', fastify: 'Fastify',
  nest: 'NestJS', node: 'Node http', unknown: 'Back end',
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

interface LoadedFile {
  readonly uri: vscode.Uri;
  readonly path: string;
  readonly text: string;
  readonly result?: AnalysisResult;
}

interface ClosedEntry {
  readonly mtime: number;
  readonly size: number;
  readonly text: string;
  readonly result?: Promise<AnalysisResult>;
}

export class WorkspacePolicies {
  private listing: Thenable<vscode.Uri[]> | undefined;
  private readonly closed = new Map<string, ClosedEntry>();

  constructor(private readonly store: FindingStore, private readonly log: vscode.LogOutputChannel) {}

  /** A file appeared or disappeared: list the workspace again. */
  forgetListing(): void {
    this.listing = undefined;
  }

  /** Settings that shape findings changed: parse closed files again. */
  clear(): void {
    this.closed.clear();
    this.listing = undefined;
  }

  async load(): Promise<BackendNode[]> {
    const uris = await (this.listing ??= vscode.workspace.findFiles(SOURCES, EXCLUDE, MAX_FILES));
    const open = new Map(vscode.workspace.textDocuments.map(d => [d.uri.toString(), d]));
    const files: LoadedFile[] = [];
    const seen = new Set<string>();
    for (const uri of uris) {
      const key = uri.toString();
      seen.add(key);
      const loaded = await this.loadFile(uri, open.get(key)).catch((err: unknown) => {
        this.log.warn(`policy overview: cannot read ${uri.toString(true)}: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
      });
      if (loaded) files.push(loaded);
    }
    for (const key of this.closed.keys()) if (!seen.has(key)) this.closed.delete(key);
    return buildOverview(files);
  }

  private async loadFile(uri: vscode.Uri, doc: vscode.TextDocument | undefined): Promise<LoadedFile | undefined> {
    const path = analyzerPath(uri);
    if (doc) {
      // Open documents: the editor's text and the analysis the diagnostics came from.
      const stored = await this.store.get(doc);
      return stored ? { uri, path, text: stored.text, result: stored.result } : { uri, path, text: doc.getText() };
    }
    const key = uri.toString();
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_BYTES) return undefined;
    let entry = this.closed.get(key);
    if (!entry || entry.mtime !== stat.mtime || entry.size !== stat.size) {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const language = languageFromPath(uri.path);
      const result = language && MENTIONS_CORS.test(text) ? analyzeText(uri, text, language, this.log) : undefined;
      entry = { mtime: stat.mtime, size: stat.size, text, ...(result ? { result } : {}) };
      this.closed.set(key, entry);
    }
    return { uri, path, text: entry.text, ...(entry.result ? { result: await entry.result } : {}) };
  }
}

/** A file named from its back end's folder (`app.py`, `shop/settings/dev.py`): the tree already groups by back end. */
function pathInBackend(file: string, root: string): string {
  const f = file.replace(/\\/g, '/');
  const r = root.replace(/\\/g, '/').replace(/\/$/, '');
  return f.startsWith(`${r}/`) ? f.slice(r.length + 1) : vscode.workspace.asRelativePath(f);
}

/** A back end's folder as the user names it: relative to its workspace folder, or the folder's name. */
function folderLabel(root: string): string {
  const r = root.replace(/\\/g, '/');
  const folders = vscode.workspace.workspaceFolders ?? [];
  for (const folder of folders) {
    const base = analyzerPath(folder.uri).replace(/\\/g, '/').replace(/\/$/, '');
    if (r === base) return folder.name;
    if (r.startsWith(`${base}/`)) return `${folders.length > 1 ? `${folder.name}/` : ''}${r.slice(base.length + 1)}`;
  }
  return root;
}

function portsLabel(b: Backend): { description: string; tooltip: string } {
  if (b.ports.length === 0) return { description: 'no port found', tooltip: 'No port is written in this back end\'s files.' };
  const first = b.ports[0];
  const more = [...new Set(b.ports.map(p => p.port))];
  return {
    description: `port ${more.join(', ')}${first.isDefault ? ' (default)' : ''}`,
    tooltip: b.ports.map(p => `port ${p.port}: ${p.how}`).join('\n'),
  };
}

/** Builds the tree from the loaded files (pure apart from vscode's Uri/Range value types). */
export function buildOverview(files: readonly LoadedFile[]): BackendNode[] {
  const models: FileModel[] = files.flatMap(f => (f.result && f.result.model.sites.length > 0 ? [f.result.model] : []));
  const sources: SourceFile[] = files.map(f => ({ file: f.path, text: f.text }));
  const byPath = new Map(files.map(f => [f.path, f]));
  const ids = new Set<string>();
  const unique = (id: string) => { let n = id; for (let i = 2; ids.has(n); i++) n = `${id}#${i}`; ids.add(n); return n; };

  return findBackends(models, sources).map(backend => {
    const backendId = unique(`backend:${backend.root}`);
    const siteNodes: SiteNode[] = [];
    const rest: FindingNode[] = [];
    for (const model of backend.models) {
      const file = byPath.get(model.file);
      if (!file?.result) continue;
      const positions = new PositionMap(file.text);
      const place = (r: { start: number; end: number }): Place => ({ uri: file.uri, range: positions.range(r) });
      const grouped = findingsBySite(model.sites, file.result.findings);
      const findingNode = (f: Finding): FindingNode => ({ kind: 'finding', id: unique(`${backendId}/finding:${file.uri.toString()}:${f.ruleId}:${f.range.start}`), finding: f, place: place(f.range) });
      const origins = readAnalysisSettings(file.uri).devOrigins;
      model.sites.forEach((site, i) => {
        const siteId = unique(`${backendId}/site:${file.uri.toString()}:${site.framework}:${site.scope.pattern ?? site.scope.kind}`);
        const findings = grouped.bySite[i].map(findingNode);
        const where = place(site.range);
        const pattern = site.scope.pattern ? ` ${site.scope.pattern}` : site.scope.kind === 'router' ? ' (router)' : '';
        const severity = grouped.bySite[i].map(f => f.severity).sort((a, b) => RANK[a] - RANK[b])[0];
        siteNodes.push({
          kind: 'site', id: siteId, site, place: where,
          label: `${libraryLabel(site)}${pattern}`,
          description: `${pathInBackend(file.path, backend.root)}:${where.range.start.line + 1} · ${originsSummary(site)}`,
          markdown: siteMarkdown(site, checkSiteInApp(model, site, origins)),
          ...(severity ? { severity } : {}),
          children: [
            ...policyFields(site).map((f): FieldNode => ({
              kind: 'field', id: `${siteId}/${f.name}`, name: f.name, value: f.value, ...(f.range ? { place: place(f.range) } : {}),
            })),
            ...findings,
          ],
        });
      });
      rest.push(...grouped.rest.flatMap(f => {
        const other = (f as Finding & { file?: string }).file;
        if (!other) return [findingNode(f)];
        // A finding located in another file (split settings): placed there when that file was loaded.
        const target = [...byPath.values()].find(x => x.path.replace(/\\/g, '/').endsWith(`/${other.replace(/\\/g, '/').replace(/^\.\//, '')}`));
        if (!target) return [];
        return [{ kind: 'finding' as const, id: unique(`${backendId}/finding:${target.uri.toString()}:${f.ruleId}:${f.range.start}`), finding: f, place: { uri: target.uri, range: new PositionMap(target.text).range(f.range) } }];
      }));
    }
    const { description, tooltip } = portsLabel(backend);
    return {
      kind: 'backend', id: backendId,
      label: `${FRAMEWORK[backend.framework]} · ${folderLabel(backend.root)}`,
      description, tooltip,
      children: [...siteNodes, ...rest],
    };
  });
}
