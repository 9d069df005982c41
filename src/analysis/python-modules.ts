// Finds the module a `from .base import *` names, for split Django settings. Reading is injected
// (disk for the CLI, open editor buffers first in VS Code), so this stays free of I/O.
import type { ResolvedModule } from './frameworks/extractor';
import { pythonModuleCandidates } from './modules/python-resolve';

export type ReadModule = (file: string) => string | undefined;

export function pythonModuleResolver(read: ReadModule) {
  return (fromFile: string, module: string, level: number): ResolvedModule | undefined => {
    for (const file of pythonModuleCandidates(fromFile, module, level)) {
      const text = read(file);
      if (text !== undefined) return { file, text };
    }
    return undefined;
  };
}
