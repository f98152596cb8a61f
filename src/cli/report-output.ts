import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LintResult } from '../engine/types';
import { reporters, type ReportContext, type ReporterName } from '../reporters';
import { ioError } from './errors';
import type { CliIO } from './io';

/** Formats the results and writes them to `--output` (creating its directory) or to `sink`. */
export function writeReport(
  format: ReporterName,
  results: readonly LintResult[],
  ctx: ReportContext,
  output: string | undefined,
  sink: (text: string) => void,
  io: CliIO,
): void {
  const text = reporters[format](results, ctx);
  if (output === undefined) {
    if (text) sink(text);
    return;
  }
  const target = path.resolve(io.cwd, output);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  } catch (err) {
    throw ioError(err, output, 'write the report');
  }
}
