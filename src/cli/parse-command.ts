import type { Argv } from 'yargs';
import { parseDockerfile } from '../parser';
import { astToJson } from '../parser/json';
import { defineCommand } from './command';
import { ExitCode } from './errors';
import { readInput } from './read-input';

interface ParseArgs {
  file: string;
}

/** `dflint parse FILE|-`: the AST as JSON (schemas/ast.schema.json). Exit 1 when the file has parse errors. */
export default defineCommand<ParseArgs>({
  command: 'parse <file>',
  describe: 'Print the syntax tree of a Dockerfile (or - for standard input) as JSON',
  builder: (y: Argv) => y.positional('file', { type: 'string', demandOption: true, describe: 'A Dockerfile, or - for standard input' }) as Argv<ParseArgs>,
  run(args, io) {
    const { ast } = parseDockerfile(readInput(args.file, io));
    io.stdout(`${JSON.stringify(astToJson(ast), null, 2)}\n`);
    return ast.diagnostics.some((d) => d.severity === 'error') ? ExitCode.Findings : ExitCode.Ok;
  },
});
