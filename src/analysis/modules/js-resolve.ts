// Where a relative `require`/`import` specifier points, as Node and TypeScript look for it. Packages
// and path aliases are not followed: CORS options live in the project's own files.
import * as path from 'node:path';

const EXTENSIONS = ['.js', '.ts', '.mjs', '.cjs', '.mts', '.cts', '.jsx', '.tsx'];

export function jsModuleCandidates(fromFile: string, specifier: string): string[] {
  if (!/^\.\.?(\/|$)/.test(specifier)) return [];
  const base = path.join(path.dirname(fromFile), specifier);
  const out = [base];
  // TypeScript's ESM style imports './cors.js' from the source file './cors.ts'.
  const js = /\.([mc]?)js$/.exec(base);
  if (js) out.push(`${base.slice(0, -js[0].length)}.${js[1]}ts`, `${base.slice(0, -js[0].length)}.tsx`);
  for (const ext of EXTENSIONS) out.push(base + ext);
  for (const ext of EXTENSIONS) out.push(path.join(base, `index${ext}`));
  return out;
}
