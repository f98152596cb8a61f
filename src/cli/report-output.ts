import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { LintResult } from '../engine/types';
import { reportChunks, type ReportContext, type ReporterName } from '../reporters';
import { ioError } from './errors';
import type { CliIO } from './io';
import { BufferSink, FdSink, StringSink, type ReportSink } from './report-sink';

/** Writes every piece of `chunks` to `sink`, then ends it. */
export function writeAll(chunks: Iterable<string>, sink: ReportSink): void {
  for (const chunk of chunks) sink.write(chunk);
  sink.end();
}

/**
 * Formats the results and writes them, as they are formatted, to `--output` (creating its
 * directory) or to standard output or error, through a reused buffer (see BufferSink) wherever
 * `io` takes bytes.
 */
export function writeReport(
  format: ReporterName,
  results: readonly LintResult[],
  ctx: ReportContext,
  output: string | undefined,
  stream: 'stdout' | 'stderr',
  io: CliIO,
): void {
  const chunks = reportChunks[format](results, ctx);
  // Only writing can fail with an I/O error here: FdSink reports those; a failure to format the
  // report is a bug and goes up as one.
  if (output === undefined) {
    writeAll(chunks, standardSink(stream, io));
    return;
  }
  const target = resolve(io.cwd, output);
  let fd: number;
  try {
    mkdirSync(dirname(target), { recursive: true });
    fd = openSync(target, 'w');
  } catch (err) {
    throw ioError(err, output, 'write the report');
  }
  try {
    writeAll(chunks, new FdSink(fd, output));
  } finally {
    closeSync(fd);
  }
}

/** Standard output redirected to a file is written as `--output` is; a pipe or terminal through `io`. */
function standardSink(stream: 'stdout' | 'stderr', io: CliIO): ReportSink {
  if (stream === 'stdout' && io.stdoutIsFile?.()) return new FdSink(1, '<stdout>');
  const bytes = stream === 'stdout' ? io.stdoutBytes : io.stderrBytes;
  return bytes ? new BufferSink(bytes) : new StringSink(stream === 'stdout' ? io.stdout : io.stderr);
}
