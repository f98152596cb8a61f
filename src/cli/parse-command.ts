import type { Argv } from 'yargs';
import { defineCommand } from './command';

interface ParseArgs {
  file: string;
}

/** `dflint parse FILE|-`: the AST as JSON (schemas/ast.schema.json). Exit 1 when the file has parse errors. */
export default defineCommand<ParseArgs>({
  command: 'parse <file>',
  describe: 'Print the syntax tree of a Dockerfile (or - for standard input) as JSON',
  builder: (y: Argv) => y.positional('file', { type: 'string', demandOption: true, describe: 'A Dockerfile, or - for standard input' }) as Argv<ParseArgs>,
  async run(args, io) {
    // Loaded here rather than at the top so that other commands do not pay for the grammar.
    const { runParse } = await import('./parse-run');
    return runParse(args.file, io);
  },
});
