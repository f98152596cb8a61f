import { reportFatal } from './fatal';
import { processIO } from './io';
import { runLintWorkerIfAny } from './parallel';
import { quickLintArgs, runLintArgs } from './quick-args';

/**
 * The `dflint` process: run the command line; errors print as one line (see reportFatal).
 * yargs loads only for command lines that need it (see ./quick-args).
 */
async function main(): Promise<void> {
  const io = processIO();
  const argv = process.argv.slice(2);
  try {
    const quick = quickLintArgs(argv);
    if (quick) {
      process.exitCode = await runLintArgs(quick, io);
    } else {
      const { runCli } = await import('./run');
      process.exitCode = await runCli(argv, io);
    }
    // The run has awaited all its work. Left to itself, Node would now free the heap page by page
    // before exiting (~12 ms after a repository's lint, ~2 ms after one file); exiting skips that.
    // Not while output waits in a stream, which exiting would cut short, nor after an error, when
    // ShellCheck's processes may still be cleaning up.
    if (io.allWritten?.()) process.exit();
  } catch (err) {
    process.exitCode = reportFatal(err, io);
  }
}

// A worker thread of a parallel lint runs this same bundle: it serves its batches instead.
if (!runLintWorkerIfAny()) void main();
