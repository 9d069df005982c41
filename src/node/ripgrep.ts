// The workspace scan's pre-filter: VS Code's own ripgrep lists the source files that may configure CORS,
// with the excludes and ignore files the user's search honours, without the extension reading them.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { ExcludeSettings } from './scan-filter';
import { GENERATED_SUFFIXES, MAY_CONFIGURE_CORS_PATTERN, SKIPPED_DIRS, SOURCE_EXTENSIONS } from './source-files';

export interface SearchSettings extends ExcludeSettings {
  /** search.useParentIgnoreFiles: .gitignore files above the folder count too. */
  readonly useParentIgnoreFiles: boolean;
  /** search.useGlobalIgnoreFiles: git's core.excludesFile counts too. */
  readonly useGlobalIgnoreFiles: boolean;
  /** search.followSymlinks. */
  readonly followSymlinks: boolean;
}

/** VS Code ships ripgrep beside its code: unpacked from the asar archive on desktop, plain in servers. */
export function findRipgrep(appRoot: string): string | undefined {
  const exe = process.platform === 'win32' ? 'rg.exe' : 'rg';
  return ['node_modules', 'node_modules.asar.unpacked']
    .map(dir => path.join(appRoot, dir, '@vscode', 'ripgrep', 'bin', exe))
    .find(p => existsSync(p));
}

/** The arguments VS Code's text search would pass to find the source files that may configure CORS. */
export function ripgrepArgs(settings: SearchSettings, maxBytes: number): string[] {
  const args = ['--files-with-matches', '--null', '--hidden', '--no-config', '--no-require-git', '--max-filesize', String(maxBytes)];
  if (!settings.useIgnoreFiles) args.push('--no-ignore');
  else if (!settings.useParentIgnoreFiles) args.push('--no-ignore-parent');
  if (!settings.useGlobalIgnoreFiles) args.push('--no-ignore-global');
  if (settings.followSymlinks) args.push('--follow');
  // A file type, not a --glob: a matching --glob would override .gitignore, as VS Code's search does not.
  args.push('--type-add', `corslens:*.{${SOURCE_EXTENSIONS.join(',')}}`, '--type', 'corslens');
  args.push('--glob', `!*{${GENERATED_SUFFIXES.join(',')}}`);
  // A glob without a slash matches a name at any depth; a matched folder is not entered.
  args.push('--glob', `!{${SKIPPED_DIRS.join(',')}}`);
  for (const glob of settings.excludes) args.push('--glob', `!${anchorGlob(glob)}`);
  args.push('--regexp', MAY_CONFIGURE_CORS_PATTERN, '--', '.');
  return args;
}

/** As VS Code's search does: a setting's pattern is relative to the folder unless it starts with `**` or `/`. */
function anchorGlob(glob: string): string {
  const trimmed = glob.replace(/\/+$/, '');
  return trimmed.startsWith('**') || trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/**
 * Absolute paths of the files under `folder` that mention CORS. Rejects when ripgrep cannot run or
 * found nothing because of errors; an aborted search resolves with what was found so far.
 */
export function filesMentioningCors(rg: string, folder: string, settings: SearchSettings, maxBytes: number, signal?: AbortSignal): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(rg, ripgrepArgs(settings, maxBytes), { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'], signal });
    const files: string[] = [];
    let pending = '';
    let errors = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const parts = (pending + chunk).split('\0');
      pending = parts.pop()!;
      for (const p of parts) files.push(path.join(folder, p));
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (errors.length < 2000) errors += chunk;
    });
    child.on('error', err => (err.name === 'AbortError' ? resolve(files) : reject(err)));
    child.on('close', code => {
      // 0: matches, 1: none; 2 with matches: some paths could not be read (permissions, link loops), the rest was searched.
      if (code === null || code === 0 || code === 1 || (code === 2 && files.length > 0)) resolve(files);
      else reject(new Error(`ripgrep exited with ${code}: ${errors.trim().split('\n')[0] ?? ''}`));
    });
  });
}
