// How `--fix` puts a fixed text on disk: only over the exact text that was analysed (an edit saved
// while the analysis ran is never overwritten), through a temp file in the same folder renamed over
// the original (a crash or a full disk never leaves half a file), keeping mode, owner, BOM and line
// endings. Every failure is one sentence for the user, never an exception.
import { randomBytes } from 'node:crypto';
import {
  accessSync, closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, openSync, readFileSync,
  realpathSync, renameSync, statSync, unlinkSync, writeSync,
} from 'node:fs';
import * as path from 'node:path';
import { fileParsesCleanly } from '../analysis/fixes/parses';

export type WriteOutcome =
  | { readonly written: true }
  | {
      readonly written: false;
      /**
       * `changed`: edited since it was read (run again); `unwritable`: the disk or permissions refused;
       * `syntax`: the file or the fixed text does not parse; `unsafe`: writing would lose something else.
       */
      readonly why: 'changed' | 'unwritable' | 'syntax' | 'unsafe';
      /** One line naming the file and what to do. */
      readonly message: string;
    };

export interface WriteHooks {
  /** Runs after the temp file is written, right before the original is compared (tests land an edit here). */
  readonly beforeCompare?: () => void;
}

/** The fix both CLI commands write: only from a text that parses, to a text that still does. */
export async function saveFix(file: string, analysed: string, fixed: string, hooks: WriteHooks = {}): Promise<WriteOutcome> {
  if (!(await fileParsesCleanly(file, analysed))) return { written: false, why: 'syntax', message: `${file} has syntax errors; not fixed — fix them and run again.` };
  if (!(await fileParsesCleanly(file, fixed))) return { written: false, why: 'syntax', message: `${file}: the fixed text would not parse; not fixed.` };
  return writeFixed(file, analysed, fixed, hooks);
}

export function writeFixed(file: string, analysed: string, fixed: string, hooks: WriteHooks = {}): WriteOutcome {
  let target: string;
  let st;
  try {
    // Through a symlink: the rename must replace the file it points to, not the link.
    target = realpathSync(file);
    st = statSync(target);
  } catch (err) {
    return refused(file, err);
  }
  if (!st.isFile()) return { written: false, why: 'unwritable', message: `${file} is no longer a regular file; not fixed.` };
  // A rename gives this name a new file; the other names would keep the old text.
  if (st.nlink > 1) return { written: false, why: 'unsafe', message: `${file} has ${st.nlink} hard links; not fixed, since replacing it would leave the other names unfixed.` };
  try {
    // A rename only needs the folder writable: without this a read-only file would be replaced anyway.
    accessSync(target, constants.W_OK);
  } catch (err) {
    return refused(file, err);
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.cors-lens-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  let renamed = false;
  try {
    const mode = st.mode & 0o7777;
    fd = openSync(temp, 'wx', mode);
    const bytes = Buffer.from(keepLayout(analysed, fixed), 'utf8');
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
    fchmodSync(fd, mode); // the umask narrowed the mode openSync was given
    const mine = fstatSync(fd);
    if (mine.uid !== st.uid || mine.gid !== st.gid) fchownSync(fd, st.uid, st.gid);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    hooks.beforeCompare?.();
    // Compared last, as bytes: the window for an edit to slip in is this read and the rename.
    const now = readFileSync(target);
    if (!now.equals(Buffer.from(analysed, 'utf8'))) {
      const notUtf8 = now.toString('utf8') === analysed;
      return notUtf8
        ? { written: false, why: 'unsafe', message: `${file} is not valid UTF-8; not fixed, since writing it back would change its other characters.` }
        : { written: false, why: 'changed', message: `${file} changed since it was read; not fixed — run again.` };
    }
    renameSync(temp, target);
    renamed = true;
    return { written: true };
  } catch (err) {
    return refused(file, err);
  } finally {
    if (fd !== undefined) try { closeSync(fd); } catch { /* already reported */ }
    if (!renamed) try { unlinkSync(temp); } catch { /* never created */ }
  }
}

/** The analysed file's BOM and CRLF line endings, kept even where an edit wrote a bare `\n`. */
function keepLayout(analysed: string, fixed: string): string {
  let out = fixed;
  if (analysed.startsWith('\uFEFF') && !out.startsWith('\uFEFF')) out = `\uFEFF${out}`;
  if (analysed.includes('\r\n') && !/(?<!\r)\n/.test(analysed)) out = out.replace(/(?<!\r)\n/g, '\r\n');
  return out;
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOENT: 'it no longer exists',
  ENOTDIR: 'a folder on its path is a file',
  EISDIR: 'it is a folder',
  EBUSY: 'it is busy',
};

function refused(file: string, err: unknown): WriteOutcome {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const reason = REASONS[code] ? `${REASONS[code]}, ${code}` : (err as Error).message;
  return { written: false, why: 'unwritable', message: `${file} could not be written (${reason}); not fixed.` };
}
