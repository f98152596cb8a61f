import { CliError, ExitCode } from './errors';
import { processIO } from './io';
import { runCli } from './run';

/**
 * The `dflint` process: run the command line, print user errors as one line, and never show a
 * stack trace unless DFLINT_DEBUG=1 asks for it.
 */
async function main(): Promise<void> {
  const io = processIO();
  try {
    process.exitCode = await runCli(process.argv.slice(2), io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`${err.line()}\n`);
    } else {
      const what = err instanceof Error ? err.message : String(err);
      io.stderr(`dflint: internal error: ${what.split('\n')[0]} (please report this at https://github.com/dflint/dflint/issues)\n`);
      if (io.env.DFLINT_DEBUG === '1' && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    }
    process.exitCode = ExitCode.Failure;
  }
}

void main();
