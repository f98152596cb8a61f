import type { Argv } from 'yargs';
import type { CliIO } from './io';

/**
 * A `dflint <name>` subcommand. `builder` declares its arguments for yargs (and `--help`);
 * `run` does the work and returns the exit code. Keep module top levels free of work so that
 * start-up stays fast: load heavy pieces inside `run`.
 */
export interface CliCommand<A = Record<string, unknown>> {
  /** yargs command string, e.g. `explain <rule>`. */
  command: string;
  describe: string;
  builder(yargs: Argv): Argv<A>;
  run(args: A, io: CliIO): number | Promise<number>;
}

/** Lets a typed command sit in a list of commands with different argument types. */
export function defineCommand<A>(command: CliCommand<A>): CliCommand<A> {
  return command;
}
