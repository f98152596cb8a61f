import type { Instruction, RunInstruction } from '../ast/nodes';
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

/** Memo tables (on the model) of the file's RUNs and the programs they run. */
const RUNS_IN_FILE = {};
const PROGRAMS_IN_FILE = {};

/** Every RUN of the file in the order rules see them: each ONBUILD trigger right after its ONBUILD (shared: do not mutate). */
export function runsInFile(model: SemanticModel): readonly RunInstruction[] {
  return model.memo(RUNS_IN_FILE, model, () => {
    const runs: RunInstruction[] = [];
    for (const node of model.ast.instructions) {
      if (node.type === 'Run') runs.push(node);
      else if (node.type === 'Onbuild' && node.trigger?.type === 'Run') runs.push(node.trigger);
    }
    return runs;
  });
}

/**
 * The name (`Invocation.name`) of every program the file's RUN instructions invoke, ONBUILD
 * triggers included: a rule about one tool has nothing to check in a file that never runs it.
 */
export function programsInFile(model: SemanticModel): ReadonlySet<string> {
  return model.memo(PROGRAMS_IN_FILE, model, () => {
    const names = new Set<string>();
    for (const run of runsInFile(model)) {
      for (const inv of parsedInvocations(model, run) ?? []) names.add(inv.name);
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
