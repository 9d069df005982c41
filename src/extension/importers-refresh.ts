import * as vscode from 'vscode';
import type { FindingStore } from './finding-store';
import type { ImportedFindings } from './imported-findings';
import type { LiveAnalysis } from './live-analysis';
import type { WorkspaceScanner } from './workspace-scan';

/**
 * When a module changes (typed in, or on disk), the files that import it are analysed again: their
 * policy, and the findings they place in the module, depend on its text.
 */
export class ImportersRefresh {
  /** The version of each document whose change was last passed on, so a re-analysis never triggers another. */
  private readonly passedOn = new Map<string, number>();

  constructor(
    private readonly imports: ImportedFindings,
    private readonly store: FindingStore,
    private readonly live: LiveAnalysis,
    private readonly scanner: WorkspaceScanner,
  ) {}

  edited(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const before = this.passedOn.get(key);
    this.passedOn.set(key, doc.version);
    // Opening a document changes nothing its importers read; a new version does.
    if (before === doc.version || (before === undefined && !doc.isDirty)) return;
    this.changed(doc.uri);
  }

  changed(uri: vscode.Uri): void {
    for (const importer of this.imports.importersOf(uri)) {
      if (importer.toString() === uri.toString()) continue;
      const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === importer.toString());
      if (open) {
        this.store.invalidate(open);
        void this.live.refresh(open);
      } else {
        void this.scanner.fileChanged(importer);
      }
    }
  }
}
