import type { Instruction } from '../ast/nodes';
import type { SemanticModel } from '../semantic/model';
import type { ShellScript } from '../shell/types';
import { invocations, type Invocation } from './commands';

/** The parsed shell script of a RUN (or other command instruction), or null when it was not parsed. */
export function parsedScript(model: SemanticModel, node: Instruction): ShellScript | null {
  const analysis = model.shell(node);
  return analysis?.kind === 'parsed' ? analysis.script : null;
}

/** Memo table (on the model) of each RUN's invocations. */
const INVOCATIONS = {};

/**
 * The program invocations of a RUN (or other command instruction), or null when it was not parsed.
 * Computed once per file and instruction, as about 30 rules ask for them (shared: do not mutate).
 */
export function parsedInvocations(model: SemanticModel, node: Instruction): readonly Invocation[] | null {
  return model.memo(INVOCATIONS, node, () => {
    const script = parsedScript(model, node);
    return script ? invocations(script) : null;
  });
}

/** Memo table (on the model) of the programs the whole file runs. */
const PROGRAMS_IN_FILE = {};

/**
 * The name (`Invocation.name`) of every program the file's RUN instructions invoke, ONBUILD
 * triggers included: a rule about one tool has nothing to check in a file that never runs it.
 */
export function programsInFile(model: SemanticModel): ReadonlySet<string> {
  return model.memo(PROGRAMS_IN_FILE, model, () => {
    const names = new Set<string>();
    const add = (node: Instruction) => {
      for (const inv of parsedInvocations(model, node) ?? []) names.add(inv.name);
    };
    for (const node of model.ast.instructions) {
      if (node.type === 'Run') add(node);
      else if (node.type === 'Onbuild' && node.trigger?.type === 'Run') add(node.trigger);
    }
    return names;
  });
}

/** `/usr/bin/bash` → `bash`, `C:\\…\\PowerShell.exe` → `powershell`. */
export function shellBasename(path: string): string {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase();
  return base.endsWith('.exe') ? base.slice(0, -4) : base;
}

/** Shells whose scripts are not POSIX shell: pipes, `set -o` and friends mean something else there. */
const NON_POSIX_SHELLS = new Set(['pwsh', 'powershell', 'cmd']);

export function isNonPosixShell(shell: readonly string[]): boolean {
  return shell.length > 0 && NON_POSIX_SHELLS.has(shellBasename(shell[0]));
}
