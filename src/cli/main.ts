import { reportFatal } from './fatal';
import { processIO } from './io';
import { runLintWorkerIfAny } from './parallel';
import { runCli } from './run';

/** The `dflint` process: run the command line; errors print as one line (see reportFatal). */
async function main(): Promise<void> {
  const io = processIO();
  try {
    process.exitCode = await runCli(process.argv.slice(2), io);
  } catch (err) {
    process.exitCode = reportFatal(err, io);
  }
}

// A worker thread of a parallel lint runs this same bundle: it serves its batches instead.
if (!runLintWorkerIfAny()) void main();
