import { fstatSync, readFileSync, writeSync } from 'node:fs';
import type * as Tty from 'node:tty';
import type { BytesWriter } from './report-sink';

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
  /**
   * Write bytes to standard output or error with the same handling as `stdout`/`stderr`, for a
   * report encoded into a reused buffer (BufferSink): a pipe then needs no fresh memory per
   * write. Absent where output is captured as text, and on Windows.
   */
  stdoutBytes?: BytesWriter;
  stderrBytes?: BytesWriter;
  /**
   * True when everything written so far has gone out with a system call, none of it waiting in
   * a stream: the process may then exit at once (see main.ts).
   */
  allWritten?(): boolean;
}

/** Linux's major number of its memory devices (/dev/null, /dev/zero, /dev/full): character devices that are no terminal. */
const LINUX_MEMORY_DEVICES = 1;

/**
 * What standard output is, from one fstat: a regular file, a character device that may be a
 * terminal, or else (a pipe, a socket, `/dev/null` on Linux: `dflint … > /dev/null` need not load
 * node:tty to learn it has no colours).
 */
function stdoutKind(): 'file' | 'character-device' | 'other' {
  try {
    const stats = fstatSync(1);
    if (stats.isFile()) return 'file';
    if (!stats.isCharacterDevice()) return 'other';
    return process.platform === 'linux' && ((stats.rdev >> 8) & 0xfff) === LINUX_MEMORY_DEVICES ? 'other' : 'character-device';
  } catch {
    return 'other';
  }
}

/** Only a character device can be a terminal; node:tty loads net and the stream modules, so ask it only then. */
function isTerminal(fd: number): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node:tty') as typeof Tty).isatty(fd);
}

/** A write that failed for another reason than a closed pipe: one line on stderr, exit 2. */
function failedWrite(err: NodeJS.ErrnoException, name: string): never {
  try {
    writeSync(2, `dflint: ${name}: cannot write: ${err.message}\n`);
  } finally {
    process.exit(2);
  }
}

/** Text and byte writers for one standard descriptor. */
interface DescriptorWriter {
  text: (text: string) => void;
  bytes?: BytesWriter;
  /** True once a stream has taken over: what it was given may not be written yet. */
  streamed: () => boolean;
}

/**
 * Writes to descriptor 1 or 2 with plain system calls. `process.stdout` and `process.stderr`
 * set up Node's stream machinery when first touched (about twenty modules for a pipe, which is
 * what a pre-commit hook or CI gives): ~3 ms of a one-file run each. Where a stream is needed
 * after all (a descriptor opened non-blocking by whoever started dflint, whose pipe is full),
 * the rest goes through it; what was written before was written synchronously, so the order
 * holds. On Windows the streams are kept: the console needs them for anything not ASCII.
 *
 * When the reader has gone (EPIPE: `dflint … | head`), the rest of the output is dropped and the
 * run ends as it would have, so its exit code still says whether there were findings. Any other
 * failure is reported as one line, exit 2, never as a stack trace.
 */
function descriptorWriter(fd: 1 | 2, name: string): DescriptorWriter {
  let stream: NodeJS.WriteStream | null = null;
  let readerGone = false;
  const failed = (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') readerGone = true;
    else failedWrite(err, name);
  };
  const streamOf = () => (fd === 1 ? process.stdout : process.stderr).on('error', failed);
  if (process.platform === 'win32') {
    return {
      text: (text) => {
        if (!readerGone) (stream ??= streamOf()).write(text);
      },
      streamed: () => true,
    };
  }
  // `owned`: the bytes are ours to keep; otherwise the caller reuses them, and a stream, which
  // writes later, gets a copy.
  const write = (bytes: Uint8Array, owned: boolean) => {
    if (readerGone) return;
    let offset = 0;
    if (!stream) {
      try {
        while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
        return;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') return failed(err as NodeJS.ErrnoException);
        stream = streamOf();
      }
    }
    const rest = bytes.subarray(offset);
    stream.write(owned ? rest : Buffer.from(rest));
  };
  return { text: (text) => write(Buffer.from(text, 'utf8'), true), bytes: (bytes) => write(bytes, false), streamed: () => stream !== null };
}

export function processIO(): CliIO {
  let kind: ReturnType<typeof stdoutKind> | undefined;
  let stdoutIsTTY: boolean | undefined;
  const stdout = descriptorWriter(1, '<stdout>');
  const stderr = descriptorWriter(2, '<stderr>');
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: stdout.text,
    stderr: stderr.text,
    stdoutBytes: stdout.bytes,
    stderrBytes: stderr.bytes,
    readStdin: () => readFileSync(0, 'utf8'),
    get stdoutIsTTY() {
      return (stdoutIsTTY ??= (kind ??= stdoutKind()) === 'character-device' && isTerminal(1));
    },
    stdoutIsFile: () => (kind ??= stdoutKind()) === 'file',
    allWritten: () => !stdout.streamed() && !stderr.streamed(),
  };
}
