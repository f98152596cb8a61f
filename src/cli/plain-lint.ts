import type { CliIO } from './io';
import { LINT_ARG_DEFAULTS, normalizeLintArgs, type LintArgs } from './lint-options';

/** dflint's subcommands: a command line starting with one of these names is not a list of paths. */
export const COMMAND_NAMES: readonly string[] = ['rules', 'explain', 'parse', 'inspect'];

/**
 * True for `dflint [PATH...]` with no option, no `-` and no subcommand: what the pre-commit hook
 * runs (`dflint` and the staged Dockerfiles). That shape needs no option parsing, so it is linted
 * without loading yargs, which (with Node's assert module, which yargs loads) is ~20 ms of a
 * one-file run. Anything else goes through yargs.
 */
export function isPlainLint(argv: readonly string[]): boolean {
  if (argv.length > 0 && COMMAND_NAMES.includes(argv[0])) return false;
  return argv.every((arg) => arg !== '' && !arg.startsWith('-'));
}

/** Lints with arguments read without yargs (./quick-args), checked as the lint command checks yargs'. */
export async function runLintArgs(args: LintArgs, io: CliIO): Promise<number> {
  const options = normalizeLintArgs(args, io.env, io.cwd);
  const { runLint } = await import('./lint-run');
  return runLint(options, io);
}

/** Lints `paths` with every option at the default yargs would give it (LINT_ARG_DEFAULTS). */
export function runPlainLint(paths: readonly string[], io: CliIO): Promise<number> {
  return runLintArgs({ ...LINT_ARG_DEFAULTS, paths: paths.length > 0 ? [...paths] : undefined }, io);
}
