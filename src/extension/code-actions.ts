import * as path from 'node:path';
import * as vscode from 'vscode';
import { addOriginActions } from '../analysis/fixes/add-origin';
import { applyFixes } from '../analysis/fixes/apply';
import { autoFix } from '../analysis/fixes/fix-file';
import type { Fix } from '../analysis/model/finding';
import type { Range } from '../analysis/model/range';
import { DIAGNOSTIC_SOURCE, PositionMap, toDiagnostics } from './diagnostics';
import type { FindingStore, StoredAnalysis } from './finding-store';
import type { ImportedFindings } from './imported-findings';
import { readWorkspaceFile } from './module-resolver';
import { readAnalysisSettings } from './settings';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('corsLens');

/**
 * One offer in the light bulb: a fix for a finding (tied to its diagnostic), or a site-level action
 * such as "Add http://localhost:3000 to allowed origins". Without a fix it shows as disabled.
 */
export interface Offer {
  readonly range: Range;
  readonly title: string;
  readonly fix?: Fix;
  readonly disabledReason?: string;
  /** Index of the finding the offer fixes. */
  readonly finding?: number;
  /** Another file the fix edits (an allowlist module the site imports), with the text its offsets refer to. */
  readonly target?: { readonly uri: vscode.Uri; readonly text: string };
}

/** Produces offers for one analysed document; new kinds of actions are one more source. */
export type OfferSource = (stored: StoredAnalysis) => readonly Offer[];

const findingOffers: OfferSource = ({ result }) => result.findings.flatMap((finding, i) =>
  finding.fixes.map(fix => ({ range: finding.range, title: fix.title, fix, finding: i })));

/** Parses again, so computed once per document version and only when the light bulb asks. */
const addOriginCache = new WeakMap<StoredAnalysis, readonly Offer[]>();
const addOriginOffers: OfferSource = stored => {
  let offers = addOriginCache.get(stored);
  if (!offers) {
    const { devOrigins } = readAnalysisSettings(stored.uri);
    // The texts an imported allowlist is edited in, as read for the action.
    const read = new Map<string, string>();
    const readFile = (file: string) => {
      const text = readWorkspaceFile(file);
      if (text !== undefined) read.set(file, text);
      return text;
    };
    offers = addOriginActions(stored.result.model, stored.text, devOrigins, stored.uri.scheme === 'file' ? readFile : undefined).map(a => ({
      range: a.siteRange,
      title: a.file ? `${a.title} (in ${path.basename(a.file)})` : a.title,
      fix: a.fix,
      disabledReason: a.fix ? undefined : a.explanation,
      ...(a.file && read.has(a.file) ? { target: { uri: vscode.Uri.file(a.file), text: read.get(a.file)! } } : {}),
    })).filter(o => !o.fix || !o.title.includes(' (in ') || o.target);
    addOriginCache.set(stored, offers);
  }
  return offers;
};

/**
 * Quick fixes for the findings and sites under the cursor, and "Fix all CORS issues in this file",
 * which applies only fixes marked `safe` (they never change who may call the server).
 */
export class CorsCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(
    private readonly store: FindingStore,
    private readonly sources: readonly OfferSource[] = [findingOffers, addOriginOffers],
    private readonly imports?: ImportedFindings,
  ) {}

  async provideCodeActions(
    doc: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    const own = await this.store.get(doc);
    // Offsets from an older version would edit the wrong text.
    if (!own || own.version !== doc.version) return [];
    // Findings other files' analyses placed here (an imported allowlist) are fixed here like the file's own.
    const imported = this.imports?.findingsIn(doc) ?? [];
    const stored = imported.length ? { ...own, result: { ...own.result, findings: [...own.result.findings, ...imported] } } : own;
    const positions = new PositionMap(stored.text);
    const diagnostics = toDiagnostics(doc.uri, stored.text, stored.result.findings);
    const offers = dedupe(this.sources.flatMap(source => source(stored)));
    const wants = (kind: vscode.CodeActionKind) => !context.only || context.only.contains(kind) || kind.contains(context.only);

    const actions: vscode.CodeAction[] = [];
    if (wants(vscode.CodeActionKind.QuickFix)) {
      for (const offer of offers) {
        if (!positions.range(offer.range).intersection(range)) continue;
        // Explanations of what cannot be fixed only when the user asked for actions explicitly.
        if (!offer.fix && context.triggerKind !== vscode.CodeActionTriggerKind.Invoke) continue;
        // An edit to an imported module is cached per version of this file: that module may have changed since.
        if (offer.target && readWorkspaceFile(offer.target.uri.fsPath) !== offer.target.text) continue;
        const action = new vscode.CodeAction(offer.title, vscode.CodeActionKind.QuickFix);
        if (offer.finding !== undefined) action.diagnostics = [editorDiagnostic(context, diagnostics[offer.finding])];
        if (offer.fix) {
          action.isPreferred = offer.fix.preferred;
          action.edit = offer.target
            ? toWorkspaceEdit(offer.target.uri, new PositionMap(offer.target.text), [offer.fix])
            : toWorkspaceEdit(doc.uri, positions, [offer.fix]);
        } else {
          action.disabled = { reason: offer.disabledReason ?? 'CORS Lens cannot make this change here.' };
        }
        actions.push(action);
      }
    }
    if (wants(FIX_ALL_KIND)) {
      const safe = stored.result.findings.flatMap(f => autoFix(f) ?? []);
      if (safe.length > 0) {
        const action = new vscode.CodeAction('Fix all CORS issues in this file', FIX_ALL_KIND);
        // The fixes `--fix` would choose; one pass, so a fix that collides with another waits for the next run.
        action.edit = toWorkspaceEdit(doc.uri, positions, applyFixes(stored.text, safe).applied);
        actions.push(action);
      }
    }
    return actions;
  }
}

/** Two sources may propose the same edit (a rule's allowlist fix and "replace the wildcard"); keep the first. */
function dedupe(offers: readonly Offer[]): Offer[] {
  const seen = new Set<string>();
  return offers.filter(o => {
    if (!o.fix) return true;
    const key = JSON.stringify(o.fix.edits);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Prefer the editor's own diagnostic object so the light bulb links the action to the squiggle. */
function editorDiagnostic(context: vscode.CodeActionContext, made: vscode.Diagnostic): vscode.Diagnostic {
  return context.diagnostics.find(d => d.source === DIAGNOSTIC_SOURCE && d.range.isEqual(made.range)
    && d.message === made.message) ?? made;
}

function toWorkspaceEdit(uri: vscode.Uri, positions: PositionMap, fixes: readonly Fix[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of fixes.flatMap(f => f.edits)) edit.replace(uri, positions.range(e.range), e.text);
  return edit;
}
