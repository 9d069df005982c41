// Which paths of a workspace folder the scan leaves out, the way VS Code's search does: the user's
// files.exclude and search.exclude, .gitignore (and .ignore, .rgignore) files, and dependency folders.
// Used where ripgrep does not decide: the walk without ripgrep, and single files changing on disk.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { globToRegExp } from './glob';
import { SKIPPED_DIRS, readBounded } from './source-files';

export interface ExcludeSettings {
  /** Patterns of files.exclude and search.exclude set to true, relative to the folder. */
  readonly excludes: readonly string[];
  /** Patterns whose `when` names a sibling (`"**\/*.js": { "when": "$(basename).ts" }`). */
  readonly siblingExcludes: ReadonlyArray<{ readonly glob: string; readonly sibling: string }>;
  /** search.useIgnoreFiles. */
  readonly useIgnoreFiles: boolean;
}

interface IgnoreRule {
  readonly pattern: RegExp;
  readonly negated: boolean;
  readonly directoryOnly: boolean;
}

const IGNORE_FILES = ['.gitignore', '.ignore', '.rgignore']; // later ones take precedence, as in ripgrep
const MAX_IGNORE_FILE_BYTES = 1_000_000;

export class ScanFilter {
  private readonly excludes: RegExp[];
  private readonly siblings: Array<{ pattern: RegExp; sibling: string }>;
  /** Rules of each folder's ignore files, by the folder's relative path ('' is the root). */
  private readonly ignoreRules = new Map<string, IgnoreRule[]>();

  constructor(private readonly root: string, private readonly settings: ExcludeSettings) {
    this.excludes = settings.excludes.map(g => globToRegExp(anchor(g)));
    this.siblings = settings.siblingExcludes.map(s => ({ pattern: globToRegExp(anchor(s.glob)), sibling: s.sibling }));
  }

  /** For a walk from the root: judges `relative` alone, its folders having been judged on the way down. */
  skipsEntry(relative: string, isDirectory: boolean): boolean {
    if (isDirectory && SKIPPED_DIRS.includes(relative.slice(relative.lastIndexOf('/') + 1))) return true;
    if (this.excludes.some(r => r.test(relative))) return true;
    if (this.settings.useIgnoreFiles && this.ignored(relative, isDirectory)) return true;
    return !isDirectory && this.hasExcludingSibling(relative);
  }

  /** For one file met on its own (a change on disk): judges it and every folder above it. */
  skipsFile(relative: string): boolean {
    const parts = relative.split('/');
    for (let i = 1; i < parts.length; i++) {
      if (this.skipsEntry(parts.slice(0, i).join('/'), true)) return true;
    }
    return this.skipsEntry(relative, false);
  }

  /** `"**\/*.js": { "when": "$(basename).ts" }` leaves out app.js only where app.ts sits beside it. */
  hasExcludingSibling(relative: string): boolean {
    const match = this.siblings.filter(s => s.pattern.test(relative));
    if (match.length === 0) return false;
    const name = path.posix.basename(relative);
    const dot = name.lastIndexOf('.');
    const base = dot > 0 ? name.slice(0, dot) : name;
    const dir = path.join(this.root, path.posix.dirname(relative));
    return match.some(s => existsSync(path.join(dir, s.sibling.replace(/\$\(basename\)/g, base))));
  }

  private ignored(relative: string, isDirectory: boolean): boolean {
    // The deepest ignore file with a matching rule decides; within one file the last matching rule.
    const parts = relative.split('/');
    for (let depth = parts.length - 1; depth >= 0; depth--) {
      const folder = parts.slice(0, depth).join('/');
      const below = parts.slice(depth).join('/');
      const rules = this.rulesOf(folder);
      for (let i = rules.length - 1; i >= 0; i--) {
        const rule = rules[i];
        if (rule.directoryOnly && !isDirectory) continue;
        if (rule.pattern.test(below)) return !rule.negated;
      }
    }
    return false;
  }

  private rulesOf(folder: string): IgnoreRule[] {
    let rules = this.ignoreRules.get(folder);
    if (!rules) {
      rules = [];
      for (const name of IGNORE_FILES) {
        const text = readBounded(path.join(this.root, folder, name), MAX_IGNORE_FILE_BYTES);
        if (text !== undefined) rules.push(...parseIgnoreFile(text));
      }
      this.ignoreRules.set(folder, rules);
    }
    return rules;
  }
}

/** VS Code anchors a setting's pattern at the folder unless it starts with `**` or `/`. */
function anchor(glob: string): string {
  const trimmed = glob.replace(/\/+$/, '');
  return trimmed.startsWith('**') ? trimmed : trimmed.replace(/^\/+/, '');
}

/** Git's rules, less the rarely written: escaped trailing spaces and `\` inside character classes. */
export function parseIgnoreFile(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trimEnd();
    if (!line || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    if (negated) line = line.slice(1);
    line = line.replace(/^\\([#!])/, '$1');
    const directoryOnly = line.endsWith('/');
    line = line.replace(/\/+$/, '');
    if (!line) continue;
    // A slash before the end anchors the pattern at the ignore file's folder; otherwise it matches at any depth.
    const anchored = line.includes('/');
    line = line.replace(/^\//, '');
    rules.push({ pattern: globToRegExp(anchored ? line : `**/${line}`), negated, directoryOnly });
  }
  return rules;
}
