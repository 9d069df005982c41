// Which files hold source CORS Lens analyses, and a walk that lists them without a system call per
// file: directory entries carry their type, and only folders and symlinks are resolved to real paths
// (so a link back to a parent, or a second name for a file, is visited once).
import { closeSync, constants, fstatSync, openSync, readSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { languageFromPath } from '../analysis/parse/parser';

/** Installed packages, virtual environments and build output hold other people's CORS code, not the user's. */
export const SKIPPED_DIRS: readonly string[] = ['node_modules', '.git', '.venv', 'venv', 'env', '__pycache__', 'dist', 'build', 'out', '.tox', '.mypy_cache', 'site-packages', '.next', 'coverage'];
export const SOURCE_EXTENSIONS: readonly string[] = ['py', 'js', 'cjs', 'mjs', 'jsx', 'ts', 'cts', 'mts', 'tsx'];
/** Type declarations and minified bundles configure nothing. */
export const GENERATED_SUFFIXES: readonly string[] = ['.d.ts', '.min.js'];
const MENTIONS_CORS = /cors|access-control-|cross_origin/i;
const DJANGO_SETTINGS = /MIDDLEWARE|INSTALLED_APPS/;
/** The same test as one ripgrep pattern (case matters for the Django names). */
export const MAY_CONFIGURE_CORS_PATTERN = '(?i:cors|access-control-|cross_origin)|MIDDLEWARE|INSTALLED_APPS';

/**
 * Whether a file may configure CORS: any of the words the framework extractors look for before they
 * parse (analyze() parses nothing else), so a file that fails this has no findings of its own.
 */
export function mayConfigureCors(text: string): boolean {
  return MENTIONS_CORS.test(text) || DJANGO_SETTINGS.test(text);
}

export function isSourceName(name: string): boolean {
  return languageFromPath(name) !== undefined && !GENERATED_SUFFIXES.some(s => name.endsWith(s));
}

export interface WalkOptions {
  /** Leaves out a folder and all below it, by its '/'-separated path below the root. */
  readonly skipDirectory?: (relative: string) => boolean;
  /** Leaves out a source file, by its '/'-separated path below the root. */
  readonly skipFile?: (relative: string) => boolean;
}

export interface Walked {
  /** Paths as reached (the root joined with names), not resolved. */
  readonly files: string[];
  /** Roots that do not exist and folders that could not be listed. */
  readonly missing: string[];
}

/** The CLI's default: no dependency or build folders, no hidden folders. */
export function isDependencyFolder(relative: string): boolean {
  const name = relative.slice(relative.lastIndexOf('/') + 1);
  return SKIPPED_DIRS.includes(name) || name.startsWith('.');
}

/** Source files under `roots` in name order; a root that is a file is listed as given. */
export function walkSourceFiles(roots: readonly string[], options: WalkOptions = {}): Walked {
  const skipDirectory = options.skipDirectory ?? isDependencyFolder;
  const skipFile = options.skipFile;
  const files: string[] = [];
  const missing: string[] = [];
  /** Real paths of the folders entered. */
  const folders = new Set<string>();
  /** Real paths of files listed through a symlink, so the file's own name is not listed again (and vice versa). */
  const linked = new Set<string>();

  const walk = (dir: string, real: string, relative: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      missing.push(dir);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const name = entry.name;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      const isLink = entry.isSymbolicLink();
      // Plain string joins: path.join would normalise again what is normalised already.
      const full = dir === '.' ? name : dir + path.sep + name;
      if (isLink || (!isDirectory && !isFile)) {
        // Links, and file systems that do not report types: one stat.
        try {
          const st = statSync(full);
          isDirectory = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // a dangling symlink is not worth failing the scan
        }
      }
      if (isDirectory) {
        const rel = relative ? `${relative}/${name}` : name;
        if (skipDirectory(rel)) continue;
        const target = isLink ? realOr(full) : real + path.sep + name;
        if (!folders.has(target)) {
          folders.add(target);
          walk(full, target, rel);
        }
      } else if (isFile && isSourceName(name)) {
        if (skipFile?.(relative ? `${relative}/${name}` : name)) continue;
        if (isLink) {
          const target = realOr(full);
          if (linked.has(target) || listedByWalk(target)) continue;
          linked.add(target);
        } else if (linked.size > 0 && linked.has(real + path.sep + name)) {
          continue;
        }
        files.push(full);
      }
    }
  };
  /** A file in a folder already entered is listed under its own name, not a link's. */
  const listedByWalk = (target: string) => folders.has(path.dirname(target)) && isSourceName(path.basename(target));

  for (const root of roots) {
    let st;
    try {
      st = statSync(root);
    } catch {
      missing.push(root);
      continue;
    }
    const real = realOr(root);
    if (st.isDirectory()) {
      if (folders.has(real)) continue;
      folders.add(real);
      walk(trimSeparator(path.normalize(root)), real, '');
    } else if (!linked.has(real) && !listedByWalk(real)) {
      linked.add(real);
      files.push(root);
    }
  }
  return { files, missing };
}

function realOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

function trimSeparator(dir: string): string {
  return dir.length > 1 && dir.endsWith(path.sep) ? dir.slice(0, -1) : dir;
}

/** Most source files fit: one read into this buffer, no fstat. Reused, as every read here is synchronous. */
const scratch = Buffer.allocUnsafe(64 * 1024);
/** A FIFO must not block the scan in open(); Windows has no such flag and no such files. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The file's text (UTF-8), or undefined when it cannot be read or is larger than `maxBytes`. A file
 * that fits the scratch buffer costs one open and one read (a short read is the end of a regular
 * file); a larger one is measured first, so nothing of one over the bound is read past 64 KB.
 */
export function readBounded(file: string, maxBytes: number): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch {
    return undefined;
  }
  try {
    const n = readSync(fd, scratch, 0, scratch.length, 0);
    if (n < scratch.length) return n > maxBytes ? undefined : scratch.toString('utf8', 0, n);
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > maxBytes) return undefined;
    const buffer = Buffer.allocUnsafe(st.size);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, length);
      if (read === 0) break; // truncated since fstat: what is there now
      length += read;
    }
    return buffer.toString('utf8', 0, length);
  } catch {
    return undefined; // a folder (EISDIR), an empty pipe (EAGAIN), a vanished file
  } finally {
    closeSync(fd);
  }
}
