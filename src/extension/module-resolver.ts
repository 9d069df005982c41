import * as vscode from 'vscode';
import { readSource } from '../node/read-source';

/**
 * Reads the files an analysis follows (options modules, split settings) in local (`file:`) folders;
 * unsaved editor text wins over the file on disk.
 */
export function readWorkspaceFile(file: string): string | undefined {
  const open = vscode.workspace.textDocuments.find(d => d.uri.scheme === 'file' && d.uri.fsPath === file);
  return open ? open.getText() : readSource(file);
}
