import * as vscode from 'vscode';
import type { SearchSettings } from '../node/ripgrep';

/** Settings that change which files the workspace scan sees. */
export const SEARCH_SETTINGS = ['files.exclude', 'search.exclude', 'search.useIgnoreFiles', 'search.useParentIgnoreFiles', 'search.useGlobalIgnoreFiles', 'search.followSymlinks'];

/**
 * What VS Code's search would leave out of `folder`: files.exclude merged with search.exclude (a key
 * in search.exclude wins), ignore files, symlinks. A `when` clause is honoured for the sibling form
 * (`$(basename).ts`); other clauses cannot be judged from the disk and leave the pattern out.
 */
export function readSearchSettings(folder: vscode.Uri): SearchSettings {
  const files = vscode.workspace.getConfiguration('files', folder);
  const search = vscode.workspace.getConfiguration('search', folder);
  const patterns = { ...objectSetting(files.get('exclude')), ...objectSetting(search.get('exclude')) };
  const excludes: string[] = [];
  const siblingExcludes: Array<{ glob: string; sibling: string }> = [];
  for (const [glob, value] of Object.entries(patterns)) {
    if (value === true) excludes.push(glob);
    else if (typeof value === 'object' && value !== null && typeof (value as { when?: unknown }).when === 'string') {
      const when = (value as { when: string }).when;
      if (when.includes('$(basename)')) siblingExcludes.push({ glob, sibling: when });
    }
  }
  return {
    excludes,
    siblingExcludes,
    useIgnoreFiles: search.get<boolean>('useIgnoreFiles', true),
    useParentIgnoreFiles: search.get<boolean>('useParentIgnoreFiles', false),
    useGlobalIgnoreFiles: search.get<boolean>('useGlobalIgnoreFiles', false),
    // A window setting: asked for without the folder.
    followSymlinks: vscode.workspace.getConfiguration('search').get<boolean>('followSymlinks', true),
  };
}

function objectSetting(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
