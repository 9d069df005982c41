// Which files a scan reads: the paths given, recursively, skipping dependency and build folders.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { languageFromPath } from '../analysis/parse/parser';

const SKIP_DIRS = new Set(['node_modules', '.git', '.venv', 'venv', 'env', '__pycache__', 'dist', 'build', 'out', '.tox', '.mypy_cache', 'site-packages', '.next', 'coverage']);

export interface Collected {
  readonly files: string[];
  readonly missing: string[];
}

export function collectFiles(paths: readonly string[]): Collected {
  const files: string[] = [];
  const missing: string[] = [];
  // Symlinks (to a parent folder, or a second name for a file) would otherwise scan the same files again.
  const seen = new Set<string>();
  const firstVisit = (p: string) => {
    let real: string;
    try {
      real = realpathSync(p);
    } catch {
      real = path.resolve(p);
    }
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  };
  const addFile = (p: string) => {
    if (firstVisit(p)) files.push(p);
  };
  const walk = (dir: string) => {
    if (!firstVisit(dir)) return;
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      missing.push(dir);
      return;
    }
    for (const name of names) {
      const full = path.join(dir, name);
      let st;
      try {
        st = statSync(full);
      } catch {
        continue; // a dangling symlink is not worth failing the scan
      }
      if (st.isDirectory()) {
        if (!SKIP_DIRS.has(name) && !name.startsWith('.')) walk(full);
      } else if (languageFromPath(name) && !name.endsWith('.d.ts') && !name.endsWith('.min.js')) {
        addFile(full);
      }
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else addFile(p);
  }
  return { files, missing };
}
