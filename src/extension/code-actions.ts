import * as vscode from 'vscode';
import type { Finding, Fix } from '../analysis/model/finding';
import { DIAGNOSTIC_SOURCE, PositionMap, toDiagnostics } from './diagnostics';
import type { FindingStore } from './finding-store';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('corsLens');

/** Fixes offered for one finding; extra fix sources (e.g. "add a dev origin") join here. */
export type FixSource = (finding: Finding) => readonly Fix[];

const findingFixes: FixSource = finding => finding.fixes;

/**
 * Quick fixes for the findings under the cursor, and "Fix all CORS issues in this file", which
 * applies only fixes marked `safe` (they never change who may call the server).
 */
export class CorsCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(
    private readonly store: FindingStore,
    private readonly fixSources: readonly FixSource[] = [findingFixes],
  ) {}

  async provideCodeActions(
    doc: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    const stored = await this.store.get(doc);
    // Offsets from an older version would edit the wrong text.
    if (!stored || stored.version !== doc.version) return [];
    const positions = new PositionMap(stored.text);
    const findings = stored.result.findings;
    const diagnostics = toDiagnostics(doc.uri, stored.text, findings);
    const wants = (kind: vscode.CodeActionKind) => !context.only || context.only.contains(kind) || kind.contains(context.only);

    const actions: vscode.CodeAction[] = [];
    if (wants(vscode.CodeActionKind.QuickFix)) {
      findings.forEach((finding, i) => {
        if (!diagnostics[i].range.intersection(range)) return;
        for (const fix of this.fixesOf(finding)) {
          const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
          action.isPreferred = fix.preferred;
          action.diagnostics = [editorDiagnostic(context, diagnostics[i])];
          action.edit = toWorkspaceEdit(doc.uri, positions, [fix]);
          actions.push(action);
        }
      });
    }
    if (wants(FIX_ALL_KIND)) {
      const safe = findings.flatMap(f => this.fixesOf(f).filter(fix => fix.applicability === 'safe'));
      if (safe.length > 0) {
        const action = new vscode.CodeAction('Fix all CORS issues in this file', FIX_ALL_KIND);
        action.edit = toWorkspaceEdit(doc.uri, positions, safe);
        actions.push(action);
      }
    }
    return actions;
  }

  private fixesOf(finding: Finding): Fix[] {
    return this.fixSources.flatMap(source => source(finding));
  }
}

/** Prefer the editor's own diagnostic object so the light bulb links the action to the squiggle. */
function editorDiagnostic(context: vscode.CodeActionContext, made: vscode.Diagnostic): vscode.Diagnostic {
  return context.diagnostics.find(d => d.source === DIAGNOSTIC_SOURCE && d.range.isEqual(made.range)
    && d.message === made.message) ?? made;
}

/** Several fixes in one edit: a fix whose edits overlap an earlier fix's is left for a second pass. */
export function toWorkspaceEdit(uri: vscode.Uri, positions: PositionMap, fixes: readonly Fix[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const taken: { start: number; end: number }[] = [];
  const overlaps = (r: { start: number; end: number }) =>
    taken.some(t => (r.start < t.end && t.start < r.end) || (r.start === r.end && r.start === t.start));
  for (const fix of fixes) {
    if (fix.edits.some(e => overlaps(e.range))) continue;
    for (const e of fix.edits) {
      edit.replace(uri, positions.range(e.range), e.text);
      taken.push(e.range);
    }
  }
  return edit;
}
