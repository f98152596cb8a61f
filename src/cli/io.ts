import { fstatSync, readFileSync } from 'node:fs';

/** Everything a command touches outside its arguments, so commands can run in-process in tests. */
export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of standard input as UTF-8. */
  readStdin(): string;
  stdoutIsTTY: boolean;
  /**
   * True when standard output is a regular file (`dflint … > report.json`): a report is then
   * written to descriptor 1 directly (see FdSink). Leave it out where output is captured.
   */
  stdoutIsFile?(): boolean;
}

function isRegularFile(fd: number): boolean {
  try {
    return fstatSync(fd).isFile();
  } catch {
    return false;
  }
}

/**
 * Output streams that fail (most often EPIPE: `dflint … | head` closed the pipe) would otherwise
 * crash with an unhandled 'error' event and a stack trace. A closed pipe just ends the run;
 * anything else is reported as one line, exit 2.
 */
function guardStream(stream: NodeJS.WriteStream, name: string): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    try {
      process.stderr.write(`dflint: ${name}: cannot write: ${err.message}\n`);
    } finally {
      process.exit(2);
    }
  });
}

export function processIO(): CliIO {
  guardStream(process.stdout, '<stdout>');
  guardStream(process.stderr, '<stderr>');
  let stdoutIsFile: boolean | undefined;
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: () => readFileSync(0, 'utf8'),
    stdoutIsTTY: process.stdout.isTTY === true,
    stdoutIsFile: () => (stdoutIsFile ??= isRegularFile(1)),
  };
}
