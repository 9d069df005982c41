import * as vscode from 'vscode';
import { LIBRARIES } from '../analysis/model/libraries';
import type { CorsSite } from '../analysis/model/policy';
import { PositionMap } from './diagnostics';
import type { FindingStore } from './finding-store';

/** A place where CORS is configured, as the probe report links to it. */
export interface ConfigSite {
  readonly uri: vscode.Uri;
  readonly range: vscode.Range;
  readonly label: string;
}

export function toConfigSites(uri: vscode.Uri, text: string, sites: readonly CorsSite[]): ConfigSite[] {
  const positions = new PositionMap(text);
  return sites.map(site => {
    const range = positions.range(site.range);
    const scope = site.scope.pattern ? ` for ${site.scope.pattern}` : '';
    return { uri, range, label: `${vscode.workspace.asRelativePath(uri)}:${range.start.line + 1} — ${LIBRARIES[site.framework].label}${scope}` };
  });
}

/** Sites of the open documents (their current text) plus those the workspace scan found in closed files. */
export async function findConfigSites(store: FindingStore, scanned: ReadonlyMap<string, readonly ConfigSite[]>): Promise<ConfigSite[]> {
  const open = new Map<string, ConfigSite[]>();
  for (const doc of vscode.workspace.textDocuments) {
    const stored = await store.get(doc);
    if (stored) open.set(doc.uri.toString(), toConfigSites(doc.uri, stored.text, stored.result.model.sites));
  }
  const closed = [...scanned].filter(([key]) => !open.has(key)).flatMap(([, sites]) => sites);
  return [...[...open.values()].flat(), ...closed];
}
