// Finds the module a `from .base import *` names, for split Django settings. Reading is injected
// (disk for the CLI, open editor buffers first in VS Code), so this stays free of I/O.
import * as path from 'node:path';
import type { ResolvedModule } from './frameworks/extractor';

const MAX_ANCESTORS = 6;

export type ReadModule = (file: string) => string | undefined;

export function pythonModuleResolver(read: ReadModule) {
  return (fromFile: string, module: string, level: number): ResolvedModule | undefined => {
    const parts = module ? module.split('.') : [];
    for (const base of searchRoots(fromFile, level)) {
      const stem = path.join(base, ...parts);
      for (const candidate of [`${stem}.py`, path.join(stem, '__init__.py')]) {
        if (candidate === fromFile) continue;
        const text = read(candidate);
        if (text !== undefined) return { file: candidate, text };
      }
    }
    return undefined;
  };
}

/** `level` dots climb from the importing file's package; an absolute import may start at any ancestor. */
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
