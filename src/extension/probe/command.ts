// The "CORS: Probe CORS endpoint" command: inputs (prompted, or passed as an argument by tests and
// other commands), the probe, the webview report and a plain-text copy in the output channel.
import * as vscode from 'vscode';
import { DEFAULT_DEV_ORIGINS } from '../../analysis/analyze';
import { IDEMPOTENT_METHODS } from '../../probe/plan';
import type { Report } from '../../probe/probe';
import { reportText } from '../../probe/report-text';
import type { CredentialsMode, ProbeRequest } from '../../probe/types';
import { activeDevOrigins } from '../settings';
import type { LoadedAnswer } from './answer';
import { ProbePanel, summary, type ConfigSite } from './panel';
import { confirmUnsafe, promptForRequest } from './prompts';

/** The optional command argument; with a `url` the prompts are skipped. */
export interface ProbeCommandArgs {
  readonly url?: string;
  readonly origin?: string;
  readonly method?: string;
  readonly headers?: ReadonlyArray<readonly [string, string]>;
  readonly credentials?: CredentialsMode;
  readonly timeoutMs?: number;
  /** Send a non-idempotent actual request without asking (default: preflight only). */
  readonly sendUnsafe?: boolean;
}

export interface ProbeCommandDeps {
  findSites?: () => Promise<Array<{ uri: vscode.Uri; range: vscode.Range; label: string }>>;
  /** The site that answered (default: the workspace's sources analysed by ./answer). */
  findAnswer?: (report: Report) => Promise<LoadedAnswer | undefined>;
  /** Where the plain-text report goes; a "CORS Lens" channel is created when absent. */
  output?: vscode.OutputChannel;
}


function requestFromArgs(args: ProbeCommandArgs & { url: string }): ProbeRequest {
  return {
    url: args.url,
    origin: args.origin ?? activeDevOrigins()[0] ?? DEFAULT_DEV_ORIGINS[0],
    method: args.method ?? 'GET',
    headers: (args.headers ?? []).map(([n, v]) => [n, v] as [string, string]),
    credentials: args.credentials ?? 'omit',
  };
}

export function registerProbeCommand(
  context: vscode.ExtensionContext,
  deps: ProbeCommandDeps,
): vscode.Disposable {
  const panel = new ProbePanel(context.extensionUri);
  let ownOutput: vscode.OutputChannel | undefined;
  const output = () => deps.output ?? (ownOutput ??= vscode.window.createOutputChannel('CORS Lens'));

  const command = vscode.commands.registerCommand('corsLens.probe', async (args?: ProbeCommandArgs): Promise<Report | undefined> => {
    // The palette hides the command in untrusted workspaces; other callers reach it through executeCommand.
    // Likewise for virtual workspaces (the manifest hides it there): the probe is a local network tool.
    if (vscode.workspace.workspaceFolders?.some(f => f.uri.scheme !== 'file')) {
      void vscode.window.showWarningMessage('CORS Lens probes endpoints from local workspaces only.');
      return undefined;
    }
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage('CORS Lens sends requests only from a trusted workspace. Trust this workspace to probe an endpoint.');
      return undefined;
    }
    const fromArgs = typeof args?.url === 'string';
    const request = fromArgs ? requestFromArgs(args as ProbeCommandArgs & { url: string }) : await promptForRequest(context.globalState);
    if (!request) return undefined;
    const settings = vscode.workspace.getConfiguration('corsLens.probe');
    // Loaded on first use: the HTTP client costs tens of milliseconds to evaluate, which activation should not pay.
    const { probe, clampTimeout } = await import('../../probe/probe');
    const timeoutMs = clampTimeout(args?.timeoutMs ?? settings.get<number>('timeoutMs'));
    const method = request.method.toUpperCase();
    const sendUnsafe = IDEMPOTENT_METHODS.has(method) ? false : fromArgs ? args?.sendUnsafe === true : await confirmUnsafe(request.method);

    const [report, sites] = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `CORS Lens: probing ${request.url}` },
      () => Promise.all([
        probe(request, { timeoutMs, sendUnsafe, allowSelfSigned: settings.get<boolean>('allowSelfSigned') ?? false }),
        (deps.findSites?.() ?? Promise.resolve([])).catch((): ConfigSite[] => []),
      ]),
    );
    const findAnswer = deps.findAnswer ?? (async (r: Report) => (await import('./answer')).findAnswer(r));
    const answer = await findAnswer(report).catch((): undefined => undefined);
    output().appendLine(reportText(report, timeoutMs, answer && summary(answer)));
    panel.show(report, sites, timeoutMs, answer);
    return report;
  });

  // The report's two buttons, also reachable by executeCommand (host tests, keybindings): no palette entry.
  const openAnswer = vscode.commands.registerCommand('corsLens.probe.openAnswer', () => panel.handleAnswer('open-answer'));
  const applyFix = vscode.commands.registerCommand('corsLens.probe.applyAnswerFix', () => panel.handleAnswer('apply-fix'));
  return vscode.Disposable.from(command, openAnswer, applyFix, panel, { dispose: () => ownOutput?.dispose() });
}
