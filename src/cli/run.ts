import yargs from 'yargs/yargs';
import type { CliCommand } from './command';
import * as commands from './commands';
import { CliError, ExitCode } from './errors';
import type { CliIO } from './io';
import { lintCommand } from './lint-command';
import type { LintArgs } from './lint-options';
import { COMMAND_NAMES } from './quick-args';
import { formatHint, unknownOptionsMessage } from './unknown-options';
import { VERSION } from './version';

/**
 * yargs drops a lone `-` (standard input) from positionals, so it travels through the parser
 * under this stand-in and is put back before a command sees its arguments.
 */
const STDIN_STAND_IN = '\u0000stdin';

function restoreStdinArgs<A>(args: A): A {
  const restore = (v: unknown): unknown => (v === STDIN_STAND_IN ? '-' : Array.isArray(v) ? v.map(restore) : v);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(args as Record<string, unknown>)) out[key] = restore(value);
  return out as A;
}

/**
 * Splits a command line into what yargs must parse and the paths at its end, which it need not:
 * yargs goes over each positional several times (~16 µs each here: 32 ms of a run given the
 * corpus's 1,937 paths with options before them, as CI and pre-commit's batches give them).
 * The first word of that tail stays with yargs, since it may be an option's value
 * (`-o report.sarif a b`); a command line that names a subcommand anywhere is left whole.
 */
export function splitTrailingPaths(argv: readonly string[]): { head: string[]; tail: string[] } {
  if (argv.some((arg) => COMMAND_NAMES.includes(arg))) return { head: [...argv], tail: [] };
  let start = argv.length;
  while (start > 0 && argv[start - 1] !== '' && !argv[start - 1].startsWith('-')) start--;
  const cut = Math.min(argv.length, start + 1);
  return { head: argv.slice(0, cut), tail: argv.slice(cut) };
}

/**
 * Columns for help text: the terminal's, up to 110, or 100. `process.stdout` is read only for a
 * terminal: touching it sets up standard output's stream, which a run into a pipe or file does
 * without.
 */
function helpWidth(io: CliIO): number {
  return Math.min(110, (io.stdoutIsTTY ? process.stdout.columns : undefined) || 100);
}

/**
 * Parses `argv` and runs the chosen command; resolves to the exit code. Throws CliError for
 * usage problems (the caller prints it on one line) and lets unexpected errors through.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  const { head, tail } = splitTrailingPaths(argv);
  const bind = <A>(command: CliCommand<A>) => ({
    command: command.command,
    describe: command.describe,
    builder: command.builder,
    handler: async (args: A) => {
      exitCode = await command.run(restoreStdinArgs(args), io);
    },
  });
  // Only the lint command takes paths: it gets the tail back after yargs.
  const bindLint = (command: CliCommand<LintArgs>) =>
    bind<LintArgs>({ ...command, run: (args, cliIO) => command.run(tail.length > 0 ? { ...args, paths: [...(args.paths ?? []), ...tail] } : args, cliIO) });

  const parser = yargs(head.map((arg) => (arg === '-' ? STDIN_STAND_IN : arg)))
    .scriptName('dflint')
    .usage('$0 [paths..] [options]\n\nLint Dockerfiles: files, directories (searched for Dockerfiles), globs, or - for standard input.')
    .command(bindLint(lintCommand) as never)
    .parserConfiguration({ 'duplicate-arguments-array': true })
    .version(VERSION)
    .alias('v', 'version')
    .help()
    .alias('h', 'help')
    .strict()
    .wrap(helpWidth(io))
    .exitProcess(false)
    .fail((message, error) => {
      // yargs reports its own validation problems as a message; anything else is a real error.
      if (error) throw error;
      const unknown = unknownOptionsMessage(message, argv);
      if (unknown) throw new CliError(`${unknown} (see dflint --help)`);
      const hint = formatHint(message);
      throw new CliError(`${message.charAt(0).toLowerCase()}${message.slice(1).replace(/\s*\n\s*/g, ' ')}${hint ? `; ${hint}` : ''} (see dflint --help)`);
    });
  for (const command of Object.values(commands) as CliCommand<unknown>[]) parser.command(bind(command) as never);

  await parser.parseAsync();
  return exitCode;
}
