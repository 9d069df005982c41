// Explain's entry for whatever the user pasted: a console message goes to explain(); a request copied
// from DevTools ("Copy as fetch", "Copy as cURL") is simulated exactly against the code first, and
// the browser's verdict for it is then explained with the real method, headers and credentials.
import { planRequest } from '../../probe/plan';
import { DEFAULT_DEV_ORIGINS } from '../analyze';
import { explain, type Explanation, type ExplainOptions, type ExplainWorkspace } from '../explain';
import { LIBRARIES } from '../model/libraries';
import { lineStarts, positionAt } from '../model/range';
import { findBackends, siteForRequest } from '../routes';
import { appSimulator } from '../app/simulate';
import { parseCopiedRequest } from './copied-request';

/** Headers the browser sets itself; a copied request lists them, but the page did not. */
const BROWSER_SET = new Set(['user-agent', 'accept-encoding', 'connection', 'host', 'content-length']);

export async function explainPaste(text: string, workspace: ExplainWorkspace, options: ExplainOptions = {}): Promise<Explanation> {
  const copied = parseCopiedRequest(text.trim());
  if (!copied) return explain(text, workspace, options);
  const origin = copied.origin ?? options.origin ?? DEFAULT_DEV_ORIGINS[0];
  const plan = planRequest({
    url: copied.url, origin, method: copied.method, credentials: copied.credentials,
    headers: copied.headers.filter(([n]) => !BROWSER_SET.has(n.toLowerCase())),
  });
  const credentials = copied.credentials === 'include';
  const headers = plan.unsafeHeaderNames;
  const intro = `From the request copied as ${copied.copiedAs}: ${plan.method} ${copied.url} from ${origin}${copied.origin ? '' : ' (assumed: the copy names no origin)'}`
    + `${headers.length ? `, with ${headers.join(', ')}` : ''}${credentials ? ', with credentials' : ''}`
    + `${plan.crossOrigin ? (plan.preflightNeeded ? ', which needs a preflight' : ', a simple request without preflight') : ''}.`;
  if (plan.errors.length) return { paragraph: `${intro} fetch() would refuse it before sending anything: ${plan.errors.join(' ')}` };
  if (!plan.crossOrigin) return { paragraph: `${intro} It is same-origin with the page, so CORS does not apply to it.` };

  const match = siteForRequest(findBackends(workspace.models, workspace.files), copied.url, plan.method, { preflight: plan.preflightNeeded });
  if (match?.applies) {
    const path = new URL(copied.url).pathname;
    // Through the app as written: a hook or a redirect may answer before the library does.
    const model = workspace.models.find(m => m.file === match.file);
    const { simulation, verdict } = (options.simulateBrowser ?? appSimulator(model))(match.site, { origin, method: plan.method, headers, credentials, path, url: copied.url });
    if (!simulation.unknown && !verdict.allowed && verdict.message) {
      const e = await explain(verdict.message, workspace, { ...options, origin, request: { method: plan.method, headers, credentials } });
      return { ...e, paragraph: `${intro} By the code, the browser blocks it. ${e.paragraph}` };
    }
    const text = workspace.files.find(f => f.file === match.file)?.text ?? '';
    const where = `${LIBRARIES[match.site.framework].label} at ${match.file}:${positionAt(lineStarts(text), match.site.range.start).line}`;
    const verdictText = simulation.unknown
      ? `what it sends cannot be worked out from the code (${simulation.unknown})`
      : 'by the code the browser allows this request: if it failed, something the code does not show answered (a proxy, an error page, a different deployed version)';
    return { paragraph: `${intro} It is answered by ${where}; ${verdictText}.`, match };
  }
  return { paragraph: `${intro} No CORS configuration CORS Lens found answers this URL (port and path), so the browser sees no CORS headers from the code it can read.` };
}
