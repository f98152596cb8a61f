/**
 * The entry of dist/parse.cjs: `dflint parse FILE` or `dflint parse -`, and nothing else.
 *
 * bin/dflint.js starts this small bundle (the parser and this command only) instead of the whole
 * CLI when the command line is exactly that shape: `parse` is what editors and scripts call on
 * every keystroke or file, and the full CLI (yargs, the rules, the reporters) would triple its
 * start-up. Any other shape (`--help`, an option, a missing or extra argument) goes to the full
 * CLI, which shares runParse with this entry, so both give the same output and exit codes.
 */
import { reportFatal } from './fatal';
import { processIO } from './io';
import { runParse } from './parse-run';

const io = processIO();
try {
  process.exitCode = runParse(process.argv[3], io);
  // As in main.ts: exit without freeing the heap first, unless output waits in a stream.
  if (io.allWritten?.()) process.exit();
} catch (err) {
  process.exitCode = reportFatal(err, io);
}
