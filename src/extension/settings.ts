import * as vscode from 'vscode';
import { DEFAULT_DEV_ORIGINS } from '../analysis/analyze';
import type { Severity } from '../analysis/model/finding';

export type RuleSetting = Severity | 'off';

export interface AnalysisSettings {
  readonly devOrigins: readonly string[];
  readonly rules: Readonly<Record<string, RuleSetting>>;
}

const RULE_SETTINGS: readonly string[] = ['error', 'warning', 'info', 'off'];

/**
 * Reads the settings that shape findings for one file (folders of a multi-root workspace may
 * differ). Values of the wrong shape are dropped rather than passed on: settings.json is hand-edited.
 */
export function readAnalysisSettings(scope: vscode.Uri | undefined): AnalysisSettings {
  const config = vscode.workspace.getConfiguration('corsLens', scope);
  const origins = config.get<unknown>('devOrigins');
  return {
    devOrigins: Array.isArray(origins) ? origins.filter((o): o is string => typeof o === 'string') : DEFAULT_DEV_ORIGINS,
    rules: sanitizeRules(config.get<unknown>('rules')),
  };
}

/** The development origins where the user is working: the active editor's folder, else the workspace. */
export function activeDevOrigins(): readonly string[] {
  return readAnalysisSettings(vscode.window.activeTextEditor?.document.uri).devOrigins;
}

export function scanOnStartup(): boolean {
  return vscode.workspace.getConfiguration('corsLens').get<boolean>('scanOnStartup', true);
}

function sanitizeRules(value: unknown): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [id, setting] of Object.entries(value)) {
    if (typeof setting === 'string' && RULE_SETTINGS.includes(setting)) out[id] = setting as RuleSetting;
  }
  return out;
}

/** Settings whose change alters findings (the probe's own settings do not). */
export function affectsAnalysis(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration('corsLens.devOrigins') || e.affectsConfiguration('corsLens.rules');
}
