import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { LintResult } from '../engine/types';
import { reportChunks, type ReportContext, type ReporterName } from '../reporters';
import { ioError } from './errors';
import type { CliIO } from './io';
import { FdSink, StringSink, type ReportSink } from './report-sink';

/** Writes every piece of `chunks` to `sink`, then ends it. */
export function writeAll(chunks: Iterable<string>, sink: ReportSink): void {
  for (const chunk of chunks) sink.write(chunk);
  sink.end();
}

/**
 * Formats the results and writes them, as they are formatted, to `--output` (creating its
 * directory) or to standard output or error. A file, and standard output redirected to one, are
 * written through a reused buffer (see FdSink).
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
  if (output === undefined) {
    if (stream === 'stdout' && io.stdoutIsFile?.()) {
      try {
        writeAll(chunks, new FdSink(1));
      } catch (err) {
        throw ioError(err, '<stdout>', 'write the report');
      }
    } else {
      writeAll(chunks, new StringSink(stream === 'stdout' ? io.stdout : io.stderr));
    }
    return;
  }
  const target = resolve(io.cwd, output);
  let fd: number | undefined;
  try {
    mkdirSync(dirname(target), { recursive: true });
    fd = openSync(target, 'w');
    writeAll(chunks, new FdSink(fd));
  } catch (err) {
    throw ioError(err, output, 'write the report');
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
