import * as vscode from 'vscode';
import { pythonModuleResolver } from '../analysis/python-modules';
import { readSource } from '../node/read-source';

/**
 * Resolves `from .base import *` for split Django settings in local (`file:`) folders; unsaved
 * editor text wins over the file on disk.
 */
export const resolvePythonModule = pythonModuleResolver(file => {
  const open = vscode.workspace.textDocuments.find(d => d.uri.scheme === 'file' && d.uri.fsPath === file);
  return open ? open.getText() : readSource(file);
});
