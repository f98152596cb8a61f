import type { Argv } from 'yargs';
import { defineCommand } from './command';
import { CliError } from './errors';
import { declareLintOptions, LINT_ARG_DEFAULTS, normalizeLintArgs, type LintArgs } from './lint-options';

/** The lint options that mean something to an editor's lint: the config and rule settings, not output or fixing. */
const LSP_LINT_OPTIONS: ReadonlySet<string> = new Set([
  'config',
  'rule',
  'ignore',
  'report-unused-ignores',
  'shellcheck',
  'build-arg',
  'context',
  'trusted-registry',
  'require-label',
  'strict-labels',
  'disable-ignore-pragma',
]);

/** The lint command's declarations of those options, so both commands spell and describe them alike. */
function declareEditorLintOptions(y: Argv): Argv {
  let target = y;
  const filter = {
    positional: () => filter,
    option(name: string, declared: object) {
      if (LSP_LINT_OPTIONS.has(name)) target = target.option(name, declared);
      return filter;
    },
  };
  declareLintOptions(filter as unknown as Argv);
  return target;
}

/** `dflint lsp`: a language server on standard input and output (see src/lsp/server.ts). */
export default defineCommand<LintArgs & { stdio: boolean }>({
  command: 'lsp',
  describe: 'Run as a language server (LSP over stdio) for editors: findings as you type, fixes as code actions',
  builder: (y: Argv) =>
    declareEditorLintOptions(y).option('stdio', {
      type: 'boolean',
      default: true,
      describe: 'Talk over standard input and output (the only transport; editors often pass it)',
    }) as unknown as Argv<LintArgs & { stdio: boolean }>,
  async run(args, io) {
    if (args.stdio === false) throw new CliError('standard input and output are the only transport', '--no-stdio');
    const options = normalizeLintArgs({ ...LINT_ARG_DEFAULTS, ...args }, io.env, io.cwd);
    const { serveStdio } = await import('../lsp/stdio');
    return serveStdio(options, io);
  },
});
