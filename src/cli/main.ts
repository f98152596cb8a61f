import { reportFatal } from './fatal';
import { processIO } from './io';
import { runLintWorkerIfAny } from './parallel';
import { isPlainLint, runPlainLint } from './plain-lint';

/**
 * The `dflint` process: run the command line; errors print as one line (see reportFatal).
 * yargs loads only for command lines that need it (see ./plain-lint).
 */
async function main(): Promise<void> {
  const io = processIO();
  const argv = process.argv.slice(2);
  try {
    if (isPlainLint(argv)) {
      process.exitCode = await runPlainLint(argv, io);
    } else {
      const { runCli } = await import('./run');
      process.exitCode = await runCli(argv, io);
    }
  } catch (err) {
    process.exitCode = reportFatal(err, io);
  }
}

// A worker thread of a parallel lint runs this same bundle: it serves its batches instead.
if (!runLintWorkerIfAny()) void main();
