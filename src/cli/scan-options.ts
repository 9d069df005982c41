import { DEFAULT_DEV_ORIGINS } from '../analysis/analyze';
import type { Severity } from '../analysis/model/finding';
import { UsageError } from './io';

export type Format = 'text' | 'json' | 'sarif';

export interface ScanOptions {
  readonly paths: string[];
  readonly format: Format;
  /** `none`: report but never fail (the README's example run). */
  readonly failOn: Severity | 'none';
  readonly fix: boolean;
  readonly devOrigins: string[];
}

export const SCAN_USAGE = `Usage: cors-lens scan [paths...] [--format text|json|sarif] [--fail-on error|warning|info|none]
                      [--dev-origin ORIGIN]... [--fix]

Scans Python, JavaScript and TypeScript files for insecure or broken CORS settings.
  --format      output format (default text)
  --fail-on     lowest severity that makes the exit code 1 (default warning; none: never)
  --dev-origin  your front end's origin, used by fixes (default http://localhost:3000)
  --fix         apply the safe fixes in place and report what changed; a file edited since it was
                read, with syntax errors, or not writable is left as it is with the reason, and
                its findings stay in the report (they count for the exit code as without --fix)
Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or I/O error.`;

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) throw new UsageError(`${flag} needs a value (${allowed.join('|')}).`);
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}".`);
  return value as T;
}

export function parseScanArgs(argv: readonly string[]): ScanOptions {
  const paths: string[] = [];
  const devOrigins: string[] = [];
  let format: Format = 'text';
  let failOn: Severity | 'none' = 'warning';
  let fix = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--format': format = oneOf(flag, value(), ['text', 'json', 'sarif'] as const); break;
      case '--fail-on': failOn = oneOf(flag, value(), ['error', 'warning', 'info', 'none'] as const); break;
      case '--dev-origin': {
        const v = value();
        if (!v) throw new UsageError('--dev-origin needs an origin such as http://localhost:3000.');
        devOrigins.push(v);
        break;
      }
      case '--fix': fix = true; break;
      default:
        if (arg.startsWith('-')) throw new UsageError(`Unknown option ${arg}.`);
        paths.push(arg);
    }
  }
  return { paths: paths.length ? paths : ['.'], format, failOn, fix, devOrigins: devOrigins.length ? devOrigins : [...DEFAULT_DEV_ORIGINS] };
}
