import type { CliIO } from './io';
import { normalizeLintArgs, type LintArgs } from './lint-options';

/** dflint's subcommands: a command line starting with one of these names is not a list of paths. */
export const COMMAND_NAMES: readonly string[] = ['rules', 'explain', 'parse', 'inspect'];

/** Lints with arguments read without yargs (./quick-args), checked as the lint command checks yargs'. */
export async function runLintArgs(args: LintArgs, io: CliIO): Promise<number> {
  const options = normalizeLintArgs(args, io.env, io.cwd);
  const { runLint } = await import('./lint-run');
  return runLint(options, io);
}

