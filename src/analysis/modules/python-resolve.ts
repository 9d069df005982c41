// Where a Python import points: `from .base import *` climbs from the importing file's package; an
// absolute `import config.settings` may start at any ancestor folder (the project root is not known).
import * as path from 'node:path';
import type { ResolvedModule } from '../frameworks/extractor';

const MAX_ANCESTORS = 6;

export function pythonModuleCandidates(fromFile: string, module: string, level: number): string[] {
  const parts = module ? module.split('.') : [];
  return searchRoots(fromFile, level).flatMap(base => {
    const stem = path.join(base, ...parts);
    return [`${stem}.py`, path.join(stem, '__init__.py')].filter(candidate => candidate !== fromFile);
  });
}

function searchRoots(fromFile: string, level: number): string[] {
  let dir = path.dirname(fromFile);
  if (level > 0) {
    for (let i = 1; i < level; i++) dir = path.dirname(dir);
    return [dir];
  }
  const roots: string[] = [];
  for (let i = 0; i < MAX_ANCESTORS && !roots.includes(dir); i++, dir = path.dirname(dir)) roots.push(dir);
  return roots;
}

/** Reads the module an import names, for Django's `from .base import *` (ExtractContext.resolveModule). */
export function pythonModuleResolver(read: (file: string) => string | undefined) {
  return (fromFile: string, module: string, level: number): ResolvedModule | undefined => {
    for (const file of pythonModuleCandidates(fromFile, module, level)) {
      const text = read(file);
      if (text !== undefined) return { file, text };
    }
    return undefined;
  };
}
