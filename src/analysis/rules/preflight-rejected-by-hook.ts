import { chainOf } from '../app/walk';
import type { AppChain, CorsLink, HookLink } from '../app/model';
import { describeCondition } from '../app/conditions';
import { askingOrigins, preflightStolenBy } from '../app/preflights';
import { insertLineBefore, indentAt, makeFix, removeLines } from '../fixes/edits';
import { nodeAt, statementOf, withSyntax, type FixContext } from '../fixes/syntax';
import type { Fix } from '../model/finding';
import type { CorsSite } from '../model/policy';
import { namedChildren } from '../parse/nodes';
import { defineRule } from './define-rule';

function message(chain: AppChain, hook: HookLink, path: string): string {
  const needs = 'every request that needs a preflight (a JSON body, an Authorization header, PUT, PATCH, DELETE) fails with a CORS error';
  const answers = `The ${hook.label} answers ${describeCondition(hook.when)} with ${hook.status}, the preflight (OPTIONS ${path}) included`;
  if (chain.framework === 'flask') {
    return `${answers}: a preflight carries no Authorization header and no cookie, and the browser needs a 2xx answer to it, so ${needs}, although flask-cors adds its headers. Let OPTIONS through at the top of the hook.`;
  }
  return `${answers}, before cors() runs and so without CORS headers: a preflight carries no Authorization header and no cookie, so ${needs}. Register cors() above it.`;
}

/** Flask: `if request.method == "OPTIONS": return` as the hook's first statement (`request` must be imported). */
function letOptionsThrough(hook: HookLink, ctx: FixContext): Fix | undefined {
  if (!/^\s*from\s+flask\s+import\s+[^\n]*\brequest\b/m.test(ctx.text)) return undefined;
  const edits = withSyntax(ctx, root => {
    const reg = nodeAt(root, hook.range);
    const fn = reg?.type === 'decorated_definition' ? reg.childForFieldName('definition') : undefined;
    const body = fn?.childForFieldName('body');
    // After a docstring, which must stay the function's first statement.
    const stmts = body ? namedChildren(body).filter(n => n.type !== 'comment') : [];
    const first = stmts[0]?.type === 'expression_statement' && stmts[0].namedChild(0)?.type === 'string' ? stmts[1] : stmts[0];
    if (!first) return undefined;
    const indent = indentAt(ctx.text, first.startIndex);
    const step = indent.slice(indentAt(ctx.text, fn!.startIndex).length) || '    ';
    return [insertLineBefore(ctx.text, first.startIndex, `${indent}if request.method == "OPTIONS":\n${indent}${step}return`)];
  });
  // The view never sees OPTIONS (Flask's automatic answer does), so no data is served without the check.
  return edits && makeFix('Let OPTIONS requests through the hook', 'safe', true, edits);
}

/** Express: move the `app.use(cors(...))` statement above the middleware's. */
function moveCorsAbove(hook: HookLink, cors: CorsLink, target: string, ctx: FixContext): Fix | undefined {
  const edits = withSyntax(ctx, root => {
    const use = nodeAt(root, cors.range);
    const mw = nodeAt(root, hook.range);
    const useStmt = use && statementOf(use);
    const mwStmt = mw && statementOf(mw);
    if (!useStmt || !mwStmt || !useStmt.parent?.equals(mwStmt.parent!) || mwStmt.startIndex >= useStmt.startIndex) return undefined;
    const alone = (n: typeof useStmt) => ctx.text.slice(ctx.text.lastIndexOf('\n', n.startIndex - 1) + 1, n.startIndex).trim() === ''
      && /^[ \t;]*(\r?\n|$)/.test(ctx.text.slice(n.endIndex));
    if (!alone(useStmt) || !alone(mwStmt)) return undefined;
    const lineStart = ctx.text.lastIndexOf('\n', useStmt.startIndex - 1) + 1;
    return [insertLineBefore(ctx.text, mwStmt.startIndex, ctx.text.slice(lineStart, useStmt.endIndex).replace(/\s+$/, '')), removeLines(ctx.text, useStmt.startIndex, useStmt.endIndex)];
  });
  // The policy as written now also covers the middleware's answers; no origin gains anything more.
  return edits && makeFix(`Move ${target}.use(cors(...)) above the middleware`, 'safe', true, edits);
}

export default defineRule({
  meta: {
    id: 'preflight-rejected-by-hook',
    description: 'A hook or middleware answers the preflight before CORS can',
    category: 'wiring',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ model, text, options, report }) {
    const ctx: FixContext = { text, language: model.language };
    for (const chain of model.apps ?? []) {
      const sites = model.sites.filter(s => chainOf([chain], s));
      if (sites.length === 0) continue;
      for (const hook of chain.links.filter((l): l is HookLink => l.kind === 'hook')) {
        const stolen = preflightStolenBy(chain, hook, model.sites, askingOrigins(sites, options.devOrigins));
        if (!stolen) continue;
        const cors = chain.links.find((l): l is CorsLink => l.kind === 'cors' && chain.links.indexOf(l) > chain.links.indexOf(hook));
        const fix = chain.framework === 'flask' ? letOptionsThrough(hook, ctx) : cors && !cors.mountPath && moveCorsAbove(hook, cors, chain.target, ctx);
        const site: CorsSite = sites[0];
        report({
          message: message(chain, hook, stolen.path),
          range: hook.answerRange,
          related: [
            ...(hook.answerRange.start !== hook.range.start ? [{ range: hook.range, message: `the ${hook.label} is registered here` }] : []),
            { range: site.range, message: 'the CORS policy is configured here' },
          ],
          fixes: fix ? [fix] : [],
        });
      }
    }
  },
});
