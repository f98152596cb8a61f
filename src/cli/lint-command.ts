import { defineCommand } from './command';
import { declareLintOptions, normalizeLintArgs, type LintArgs } from './lint-options';

/**
 * The default command: `dflint [paths..]`. The linting machinery (rules, engine, parser, config)
 * loads on first use, so `--help`, `--version` and the other commands start without it.
 */
export const lintCommand = defineCommand<LintArgs>({
  command: '$0 [paths..]',
  describe: 'Lint Dockerfiles',
  builder: declareLintOptions,
  async run(args, io) {
    const options = normalizeLintArgs(args, io.env, io.cwd);
    const { runLint } = await import('./lint-run');
    return runLint(options, io);
  },
});
