// A rule's documentation page, read from docs/rules beside the build (dist/ or out/src/cli/format/).
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export interface RuleHelp {
  /** The "What it does" section as plain prose. */
  readonly fullDescription: string;
  /** The whole page: GitHub renders it in the alert's help panel. */
  readonly markdown: string;
}

function docsDir(): string | undefined {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'docs', 'rules');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`## ${heading}\n`);
  if (start < 0) return '';
  const body = markdown.slice(start + heading.length + 4);
  const next = body.indexOf('\n## ');
  return (next < 0 ? body : body.slice(0, next)).trim();
}

/** Without the docs (a copied-out bundle) the one-line description stands in, so the SARIF stays valid. */
export function ruleHelp(id: string, description: string): RuleHelp {
  const dir = docsDir();
  const file = dir && path.join(dir, `${id}.md`);
  const markdown = file && existsSync(file) ? readFileSync(file, 'utf8') : '';
  const what = section(markdown, 'What it does').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').replace(/`/g, '');
  return { fullDescription: what || description, markdown: markdown || description };
}
