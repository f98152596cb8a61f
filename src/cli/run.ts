import yargs from 'yargs/yargs';
import type { CliCommand } from './command';
import * as commands from './commands';
import { CliError, ExitCode } from './errors';
import type { CliIO } from './io';
import { lintCommand } from './lint-command';
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
  const bind = <A>(command: CliCommand<A>) => ({
    command: command.command,
    describe: command.describe,
    builder: command.builder,
    handler: async (args: A) => {
      exitCode = await command.run(restoreStdinArgs(args), io);
    },
  });

  const parser = yargs(argv.map((arg) => (arg === '-' ? STDIN_STAND_IN : arg)))
    .scriptName('dflint')
    .usage('$0 [paths..] [options]\n\nLint Dockerfiles: files, directories (searched for Dockerfiles), globs, or - for standard input.')
    .command(bind(lintCommand) as never)
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
      throw new CliError(`${message.charAt(0).toLowerCase()}${message.slice(1).replace(/\s*\n\s*/g, ' ')} (see dflint --help)`);
    });
  for (const command of Object.values(commands) as CliCommand<unknown>[]) parser.command(bind(command) as never);

  await parser.parseAsync();
  return exitCode;
}
