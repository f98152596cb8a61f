import { join } from 'node:path';
import { CliError } from '../cli/errors';
import type { CliIO } from '../cli/io';
import { LintSession } from '../cli/lint-session';
import type { LintOptions } from '../cli/lint-options';
import { ShellcheckMemo } from '../shellcheck';
import type { DocumentLinter, LintOutcome } from './server';

/** The name an unsaved document is linted under: no file, so no ignore file is looked for beside it. */
const UNSAVED = '<unsaved>';

function failure(err: unknown): LintOutcome {
  if (err instanceof CliError) return { kind: 'failed', message: err.describe() };
  throw err;
}

/**
 * Lints documents as `dflint FILE` would, with the command line's options: each lint is a fresh
 * session, so an edited `.dflintrc.*` counts at once; ShellCheck's findings on unchanged scripts
 * are kept between lints. An unsaved document gets the config of the workspace root (`root`).
 * Config warnings go to `log`, once each.
 */
export function sessionLinter(options: LintOptions, io: CliIO, root: () => string, log: (message: string) => void): DocumentLinter {
  const said = new Set<string>();
  // Most edits leave most RUN scripts as they were: ShellCheck runs only for the changed ones.
  const shellcheckMemo = new ShellcheckMemo();
  const sessionIO: CliIO = {
    ...io,
    stdout: () => undefined,
    stderr: (text) => {
      const line = text.trimEnd();
      if (!said.has(line)) {
        said.add(line);
        log(line);
      }
    },
  };
  const configPath = (path: string | null) => path ?? join(root(), 'Dockerfile');
  return {
    async lint(text, path) {
      try {
        const session = new LintSession(options, sessionIO, shellcheckMemo);
        if (path !== null && session.isIgnored(path)) return { kind: 'ignored' };
        const [result] = await session.lintAll([{ text, displayPath: path ?? UNSAVED, configPath: configPath(path) }]);
        return { kind: 'linted', diagnostics: result.diagnostics };
      } catch (err) {
        return failure(err);
      }
    },
    fixAll(text, path) {
      try {
        const session = new LintSession({ ...options, fix: 'safe' }, sessionIO);
        return session.lint(text, path ?? UNSAVED, configPath(path)).output ?? null;
      } catch (err) {
        if (err instanceof CliError) return null;
        throw err;
      }
    },
  };
}
