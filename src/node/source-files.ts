// Which files hold source CORS Lens analyses, and a walk that lists them without a system call per
// file: directory entries carry their type, and only folders and symlinks are resolved to real paths
// (so a link back to a parent, or a second name for a file, is visited once).
import { closeSync, fstatSync, openSync, readSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { languageFromPath } from '../analysis/parse/parser';

/** Installed packages, virtual environments and build output hold other people's CORS code, not the user's. */
export const SKIPPED_DIRS: readonly string[] = ['node_modules', '.git', '.venv', 'venv', 'env', '__pycache__', 'dist', 'build', 'out', '.tox', '.mypy_cache', 'site-packages', '.next', 'coverage'];
export const SOURCE_EXTENSIONS: readonly string[] = ['py', 'js', 'cjs', 'mjs', 'jsx', 'ts', 'cts', 'mts', 'tsx'];
/** Type declarations and minified bundles configure nothing. */
export const GENERATED_SUFFIXES: readonly string[] = ['.d.ts', '.min.js'];
/** Files that cannot configure CORS are not parsed at all; hand-written headers count too. */
export const CORS_MENTION = 'cors|access-control-allow';
export const MENTIONS_CORS = new RegExp(CORS_MENTION, 'i');

export function isSourceName(name: string): boolean {
  return languageFromPath(name) !== undefined && !GENERATED_SUFFIXES.some(s => name.endsWith(s));
}

export interface WalkOptions {
  /** Leaves out a folder (and all below it) or a file, by its '/'-separated path below the root. */
  readonly skip?: (relative: string, isDirectory: boolean) => boolean;
  /** Called on entering each folder, before its entries are judged (to load its .gitignore). */
  readonly enter?: (dir: string, relative: string) => void;
}

export type WalkEntry = { readonly file: string } | { readonly missing: string };

/** The CLI's default: no dependency or build folders, no hidden folders. */
export function skipDependencyFolders(relative: string, isDirectory: boolean): boolean {
  if (!isDirectory) return false;
  const name = relative.slice(relative.lastIndexOf('/') + 1);
  return SKIPPED_DIRS.includes(name) || name.startsWith('.');
}

/**
 * Source files under `roots` in name order (a root that is a file is listed as given), lazily so a
 * caller may pause between folders. Paths are as reached, not resolved.
 */
export function* walkSourceFiles(roots: readonly string[], options: WalkOptions = {}): Generator<WalkEntry> {
  const skip = options.skip ?? skipDependencyFolders;
  const seen = new Set<string>();
  const firstVisit = (real: string) => !seen.has(real) && (seen.add(real), true);
  const realOr = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };

  function* walk(dir: string, real: string, relative: string): Generator<WalkEntry> {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      yield { missing: dir };
      return;
    }
    options.enter?.(dir, relative);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      let realPath = path.join(real, entry.name);
      if (entry.isSymbolicLink() || (!isDirectory && !isFile)) {
        // Links and file systems that do not report types: one stat, and the real path for links.
        try {
          const st = statSync(full);
          isDirectory = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // a dangling symlink is not worth failing the scan
        }
        if (entry.isSymbolicLink()) realPath = realOr(full);
      }
      if (isDirectory) {
        if (!skip(rel, true) && firstVisit(realPath)) yield* walk(full, realPath, rel);
      } else if (isFile && isSourceName(entry.name) && !skip(rel, false) && firstVisit(realPath)) {
        yield { file: full };
      }
    }
  }

  for (const root of roots) {
    let st;
    try {
      st = statSync(root);
    } catch {
      yield { missing: root };
      continue;
    }
    const real = realOr(root);
    if (!firstVisit(real)) continue;
    if (st.isDirectory()) yield* walk(root, real, '');
    else yield { file: root };
  }
}

/**
 * The file's text (UTF-8) with one open and one read, or undefined when it is not a regular file or
 * is larger than `maxBytes`, in which case nothing is read.
 */
export function readBounded(file: string, maxBytes: number): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > maxBytes) return undefined;
    const buffer = Buffer.allocUnsafe(st.size);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break; // truncated since fstat: what is there now
      length += n;
    }
    return buffer.toString('utf8', 0, length);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
