import { parseDockerfile } from '../parser';
import { astToJson } from '../parser/json';
import { ExitCode } from './errors';
import type { CliIO } from './io';
import { readInput } from './read-input';

/** `dflint parse FILE|-`: prints the AST as JSON; exit 1 when the file has parse errors. */
export function runParse(file: string, io: CliIO): ExitCode {
  const { ast } = parseDockerfile(readInput(file, io));
  io.stdout(`${JSON.stringify(astToJson(ast), null, 2)}\n`);
  return ast.diagnostics.some((d) => d.severity === 'error') ? ExitCode.Findings : ExitCode.Ok;
}
