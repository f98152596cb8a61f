import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ioError } from './errors';
import type { CliIO } from './io';

/** Text of a file named on the command line (relative to the working directory), or stdin for `-`. */
export function readInput(file: string, io: CliIO): string {
  if (file === '-') {
    try {
      return io.readStdin();
    } catch (err) {
      throw ioError(err, '<stdin>', 'read standard input');
    }
  }
  try {
    return readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (err) {
    throw ioError(err, file, 'read');
  }
}
