import * as fs from 'node:fs';
import { fdWriter } from './fd-writer';

/** Everything a command touches outside its arguments, so commands can run in-process in tests. */
export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of standard input as UTF-8. */
  readStdin(): string;
  stdoutIsTTY: boolean;
}

/**
 * Output streams that fail (most often EPIPE: `dflint … | head` closed the pipe) would otherwise
 * crash with an unhandled 'error' event and a stack trace. A closed pipe just ends the run;
 * anything else is reported as one line, exit 2.
 */
function guardStream(stream: NodeJS.WriteStream, name: string): void {
  stream.on('error', (err: NodeJS.ErrnoException) => writeFailed(err, name));
}

function writeFailed(err: NodeJS.ErrnoException, name: string): never {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  try {
    process.stderr.write(`dflint: ${name}: cannot write: ${err.message}\n`);
  } finally {
    process.exit(2);
  }
}

/**
 * Standard output redirected to a file (`dflint -f json … > report.json`) is written through
 * fdWriter, which is much faster for a large report; a pipe or a terminal goes through
 * process.stdout. Both write synchronously here, so their output stays in order.
 */
function stdoutWriter(): (text: string) => void {
  let isFile = false;
  try {
    isFile = fs.fstatSync(1).isFile();
  } catch {
    // Not a file: process.stdout reports any problem.
  }
  if (!isFile) return (text) => void process.stdout.write(text);
  const write = fdWriter(1);
  return (text) => {
    try {
      write(text);
    } catch (err) {
      writeFailed(err as NodeJS.ErrnoException, '<stdout>');
    }
  };
}

export function processIO(): CliIO {
  guardStream(process.stdout, '<stdout>');
  guardStream(process.stderr, '<stderr>');
  let writeStdout: ((text: string) => void) | undefined;
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => (writeStdout ??= stdoutWriter())(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: () => fs.readFileSync(0, 'utf8'),
    stdoutIsTTY: process.stdout.isTTY === true,
  };
}
