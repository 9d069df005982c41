// The `cors-lens` command: `scan` for static analysis, `probe` for a live endpoint, `explain` for a console message.
import { version } from '../../package.json';
import { UsageError, type CliIO, type ExitCode } from './io';
import { runExplain } from './explain';
import { runProbe } from './probe';
import { runScan } from './scan';
import { SCAN_USAGE } from './scan-options';

const USAGE = `cors-lens ${version}: CORS policy analysis and probing

  cors-lens scan [paths...] [--format text|json|sarif] [--fail-on error|warning|info|none] [--fix]
  cors-lens probe URL --origin ORIGIN [--method M] [--header NAME[:VALUE]]... [--credentials] [--json]
  cors-lens explain "CONSOLE MESSAGE" [paths...] [--origin O] [--format text|json] [--fix]

Run "cors-lens scan --help" or "cors-lens explain --help" for details.`;

export async function main(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scan':
        if (rest.includes('--help') || rest.includes('-h')) {
          io.out(SCAN_USAGE);
          return 0;
        }
        return await runScan(rest, io, version);
      case 'probe':
        return await runProbe([...rest], io);
      case 'explain':
        return await runExplain(rest, io);
      case '--version':
      case '-v':
        io.out(version);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`cors-lens: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(`cors-lens: ${(err as Error).message}`);
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), { out: s => process.stdout.write(s + '\n'), err: s => process.stderr.write(s + '\n') })
    .then(code => { process.exitCode = code; });
}
