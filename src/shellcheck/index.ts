import type { Diagnostic } from '../engine/types';
import type { ParsedDockerfile } from '../engine/linter';
import { SemanticModel } from '../semantic/model';
import { findShellcheck, runShellcheck, ShellcheckError, type QueuedScript, type ShellcheckMemo } from './run';
import type { ShellcheckMode } from './modes';
import { collectScripts } from './scripts';

export { findShellcheck, ShellcheckError, ShellcheckMemo } from './run';

export { SHELLCHECK_MODES, type ShellcheckMode } from './modes';

/**
 * The executable to use for a mode: null when off, or when `auto` and it is not installed.
 * Throws when `on` and it is missing.
 */
export function resolveShellcheck(mode: ShellcheckMode, env: NodeJS.ProcessEnv = process.env): string | null {
  if (mode === 'off') return null;
  const exe = findShellcheck(env);
  if (!exe && mode === 'on') throw new ShellcheckError('shellcheck is not on PATH (install it, e.g. `apt-get install shellcheck`)');
  return exe;
}

/**
 * ShellCheck findings for many parsed Dockerfiles at once (one ShellCheck process per dialect and
 * batch, not one per RUN), each mapped to its exact range in its own Dockerfile.
 * ARG and ENV names in scope at each RUN are declared first so ShellCheck does not call them unassigned.
 * A `memo` keeps ShellCheck's findings on each script for later calls (see ShellcheckMemo).
 */
export async function shellcheckFindings(
  executable: string,
  files: readonly { parsed: ParsedDockerfile; text: string; model?: SemanticModel }[],
  memo?: ShellcheckMemo,
): Promise<Diagnostic[][]> {
  const queued: QueuedScript[] = [];
  files.forEach(({ parsed, text, model = new SemanticModel(parsed.ast, parsed.source) }, owner) => {
    const names = (node: Parameters<SemanticModel['stageOf']>[0]) => model.variables.scopeAt(node).bindings().map((b) => b.name);
    for (const script of collectScripts(model, text, names)) queued.push({ owner, script, source: parsed.source });
  });
  const found = await runShellcheck(executable, queued, memo);
  return files.map((_, i) => found.get(i) ?? []);
}
