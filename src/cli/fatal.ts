import { CliError, ExitCode } from './errors';
import type { CliIO } from './io';

const REPORT_URL = 'https://github.com/dflint/dflint/issues';

/**
 * Prints an error that reached the top level and returns the exit code (2). A CliError is the
 * user's to fix and prints as its one line; anything else is a dflint bug: one line asking for a
 * report, and the stack only when DFLINT_DEBUG=1.
 */
export function reportFatal(err: unknown, io: Pick<CliIO, 'stderr' | 'env'>): number {
  if (err instanceof CliError) {
    io.stderr(`${err.line()}\n`);
    return ExitCode.Failure;
  }
  const what = (err instanceof Error ? err.message : String(err)).split('\n')[0];
  io.stderr(`dflint: internal error: ${what} (please report this at ${REPORT_URL}; DFLINT_DEBUG=1 shows the stack)\n`);
  if (io.env.DFLINT_DEBUG === '1' && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
  return ExitCode.Failure;
}
