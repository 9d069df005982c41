import * as vscode from 'vscode';
import { toDiagnostics } from './diagnostics';
import type { FindingStore } from './finding-store';

/**
 * The typing pause before a document is analysed again. Small files are analysed within a keystroke
 * or two, so their squiggles feel live; a large file's analysis costs more (in its worker), so it
 * waits for a longer pause instead of being started and abandoned on every key.
 */
export function typingDebounceMs(lineCount: number): number {
  if (lineCount < 2_000) return 75;
  if (lineCount < 10_000) return 150;
  return 300;
}

/**
 * Keeps the diagnostics of open documents in step with their text: analyse on open, after a
 * typing pause, and again for all open documents when settings change.
 */
export class LiveAnalysis implements vscode.Disposable {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly subscriptions: vscode.Disposable[];
  private readonly analyzed = new vscode.EventEmitter<vscode.TextDocument>();
  /** A document's diagnostics were published for a new version (the policy overview follows it). */
  readonly onDidAnalyze = this.analyzed.event;

  constructor(
    private readonly store: FindingStore,
    private readonly collection: vscode.DiagnosticCollection,
  ) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument(doc => this.refresh(doc)),
      vscode.workspace.onDidChangeTextDocument(e => {
        if (e.contentChanges.length > 0) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument(doc => this.forget(doc)),
    ];
  }

  /** Analyses every open document again, e.g. after a settings change. */
  refreshAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.refresh(doc);
  }

  /** A document in a language CORS Lens does not read (any more) keeps no diagnostics. */
  async refresh(doc: vscode.TextDocument): Promise<void> {
    this.cancel(doc.uri);
    const pending = this.store.get(doc);
    if (!pending) {
      this.collection.delete(doc.uri);
      return;
    }
    const stored = await pending;
    // A newer version may have been published meanwhile; never overwrite it with an older one.
    if (doc.isClosed || doc.version !== stored.version) return;
    this.collection.set(doc.uri, toDiagnostics(doc.uri, stored.text, stored.result.findings));
    this.analyzed.fire(doc);
  }

  private schedule(doc: vscode.TextDocument): void {
    this.cancel(doc.uri);
    this.timers.set(doc.uri.toString(), setTimeout(() => void this.refresh(doc), typingDebounceMs(doc.lineCount)));
  }

  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  /**
   * The cached analysis goes with the document. Its diagnostics stay only when they describe the
   * file on disk, so the problems of a saved file remain listed like those of the workspace scan.
   */
  private forget(doc: vscode.TextDocument): void {
    this.store.delete(doc);
    const key = doc.uri.toString();
    if (vscode.workspace.textDocuments.some(d => d !== doc && d.uri.toString() === key)) return; // URI reused
    this.cancel(doc.uri);
    if (doc.isUntitled || doc.isDirty) this.collection.delete(doc.uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const s of this.subscriptions) s.dispose();
    this.analyzed.dispose();
  }
}
