import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LintResult } from '../engine/types';
import { reportChunks, type ReportContext, type ReporterName } from '../reporters';
import { ioError } from './errors';
import { fdWriter } from './fd-writer';
import type { CliIO } from './io';

/**
 * Pieces of a report are gathered up to this many characters before a write: a write per problem
 * would be thousands of system calls, the whole report at once tens of MB of memory.
 */
const WRITE_SIZE = 1 << 18;

/** Writes `chunks` through `write` in pieces of about WRITE_SIZE characters, none empty. */
export function writeInPieces(chunks: Iterable<string>, write: (text: string) => void): void {
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= WRITE_SIZE) {
      write(pending);
      pending = '';
    }
  }
  if (pending) write(pending);
}

/** Formats the results and writes them to `--output` (creating its directory) or to `sink`, as they are formatted. */
export function writeReport(
  format: ReporterName,
  results: readonly LintResult[],
  ctx: ReportContext,
  output: string | undefined,
  sink: (text: string) => void,
  io: CliIO,
): void {
  const chunks = reportChunks[format](results, ctx);
  if (output === undefined) {
    writeInPieces(chunks, sink);
    return;
  }
  const target = path.resolve(io.cwd, output);
  let fd: number | undefined;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fd = fs.openSync(target, 'w');
    writeInPieces(chunks, fdWriter(fd));
  } catch (err) {
    throw ioError(err, output, 'write the report');
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
