import type { Instruction, RunInstruction } from '../ast/nodes';
import { segmentOffset } from '../ast/source';
import type { SemanticModel } from '../semantic/model';

/** Shell dialects ShellCheck 0.9 understands (`--shell`). */
export type ShellcheckDialect = 'sh' | 'bash' | 'dash' | 'ksh';

/** One RUN script prepared for ShellCheck, with the way back to Dockerfile offsets. */
export interface ShellcheckScript {
  dialect: ShellcheckDialect;
  /** Prelude (variable declarations) followed by the script. */
  text: string;
  /** Lines of prelude to subtract from ShellCheck's line numbers. */
  preludeLines: number;
  /** File offset of a 0-based index into the script part (after the prelude); null when unmappable. */
  toFileOffset(index: number): number | null;
  /** Line starts of the script part, for turning ShellCheck's line/column into an index. */
  lineStarts: number[];
}

const DIALECTS: Record<string, ShellcheckDialect> = { sh: 'sh', ash: 'sh', bash: 'bash', dash: 'dash', ksh: 'ksh', mksh: 'ksh' };

/** The ShellCheck dialect for an effective SHELL argv, or null for shells it cannot check. */
export function dialectOf(shell: readonly string[]): ShellcheckDialect | null {
  const exe = (shell[0] ?? '').split(/[\\/]/).pop()?.toLowerCase().replace(/\.exe$/, '') ?? '';
  return DIALECTS[exe] ?? null;
}

/** A heredoc-only RUN (`RUN <<EOF`) runs its body as the script. */
const HEREDOC_ONLY = /^<<-?\s*(["']?)[^\s"']+\1$/;

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/**
 * `export NAME=` lines so ShellCheck does not call ARG/ENV names unassigned. Only names the script
 * mentions are declared: every stage has Docker's ten predefined proxy ARGs in scope, and declaring
 * them all made ShellCheck about a third slower on a typical RUN without changing what it reports.
 */
function prelude(names: Iterable<string>, script: string): string {
  let out = '';
  for (const name of names) if (script.includes(name) && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) out += `export ${name}=\n`;
  return out;
}

/** The script a RUN executes, as text plus a map from text indices to file offsets. */
function runScript(node: RunInstruction, fileText: string): { text: string; toFileOffset(i: number): number | null } | null {
  const command = node.command;
  if (!command || command.type !== 'ShellForm') return null;
  const heredocs = node.heredocs;
  if (heredocs.length === 1 && HEREDOC_ONLY.test(command.value.trim())) {
    const doc = heredocs[0];
    if (/^#!(?!.*\b(ba|da|k|a)?sh\b)/.test(doc.body)) return null; // a python/node/… script
    return { text: doc.body, toFileOffset: (i) => segmentOffset(doc.bodySegments, i) };
  }
  if (heredocs.length === 0) {
    return { text: command.value, toFileOffset: (i) => segmentOffset(command.segments, i) };
  }
  // Shell heredocs stay in the script: take the file text from the first body to the last terminator.
  const first = heredocs[0];
  const last = heredocs[heredocs.length - 1];
  const start = first.bodyRange.start.offset;
  const end = last.terminatorRange ? last.terminatorRange.end.offset : last.bodyRange.end.offset;
  const head = command.value + '\n';
  return {
    text: head + fileText.slice(start, end) + '\n',
    toFileOffset: (i) => (i < command.value.length ? segmentOffset(command.segments, i) : i < head.length ? null : start + (i - head.length)),
  };
}

/** Every shell-form RUN of the file (ONBUILD triggers included) as a ShellCheck script. */
export function collectScripts(model: SemanticModel, fileText: string, names: (node: Instruction) => Iterable<string>): ShellcheckScript[] {
  const scripts: ShellcheckScript[] = [];
  const visit = (node: Instruction): void => {
    if (node.type === 'Onbuild' && node.trigger) visit(node.trigger);
    if (node.type !== 'Run') return;
    const dialect = dialectOf(model.effectiveShell(node));
    if (!dialect) return;
    const script = runScript(node, fileText);
    if (!script || !script.text.trim()) return;
    const head = prelude(names(node), script.text);
    scripts.push({
      dialect,
      text: head + script.text + (script.text.endsWith('\n') ? '' : '\n'),
      preludeLines: head ? head.split('\n').length - 1 : 0,
      toFileOffset: script.toFileOffset,
      lineStarts: lineStartsOf(script.text),
    });
  };
  for (const node of model.ast.instructions) visit(node);
  return scripts;
}
