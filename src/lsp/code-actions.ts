import type { Dockerfile, Instruction } from '../ast/nodes';
import { DFLINT_HEAD, KEY_LIST } from '../engine/suppress';
import type { Diagnostic, TextEdit } from '../engine/types';
import { instructionContaining } from './navigation';
import { LineIndex } from './positions';
import { CodeActionKind, type CodeAction, type LspDiagnostic, type LspRange, type LspTextEdit } from './protocol';

/** What a code action request is answered from: the last lint of the document, if its text is still current. */
export interface LintedDocument {
  uri: string;
  text: string;
  diagnostics: readonly Diagnostic[];
  /** The same diagnostics as the editor got them, index for index. */
  published: readonly LspDiagnostic[];
  /** The text with every safe fix applied (null: nothing changes), once fix-all was asked for. */
  fixedAll?: string | null;
}

/** Built-in findings no comment should silence: parse errors, and the report of a useless comment itself. */
const NOT_IGNORABLE = new Set(['DF000', 'DF099']);

/** A dflint suppression comment on a line of its own, up to the end of its list (suppress.ts reads the same). */
const SUPPRESSION_COMMENT = new RegExp(`^[ \t]*${DFLINT_HEAD}${KEY_LIST}`, 'i');

function overlaps(a: LspRange, b: LspRange): boolean {
  const before = (p: LspRange['start'], q: LspRange['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function toLspEdits(index: LineIndex, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: index.rangeAt(e.start, e.end), newText: e.text }));
}

/** How a suppression comment names a finding: the rule's name, or a ShellCheck code as it is. */
function suppressionKey(d: Diagnostic): string {
  return /^SC\d+$/.test(d.ruleId) ? d.ruleId : d.ruleName;
}

/**
 * The quick fixes for the findings in `range`: each finding's own fix, then comments that ignore
 * its rule on the instruction or in the whole file. `only` (the request's kinds) filters them;
 * `syntaxTree` gives the text's tree, parsed once per text (editors ask at every cursor move).
 */
export function quickFixes(doc: LintedDocument, syntaxTree: () => Dockerfile, range: LspRange, only: readonly string[] | undefined, asked: readonly unknown[] = []): CodeAction[] {
  if (!wants(only, CodeActionKind.QuickFix)) return [];
  const index = new LineIndex(doc.text);
  const fixes: CodeAction[] = [];
  const ignores: CodeAction[] = [];
  const offered = new Set<string>();
  doc.diagnostics.forEach((d, i) => {
    const lsp = doc.published[i];
    if (!overlaps(lsp.range, range) && !asked.some((a) => sameDiagnostic(a, lsp))) return;
    if (d.fix) {
      fixes.push({
        title: `Fix: ${d.fix.title}${d.fix.kind === 'unsafe' ? ' (unsafe: check the result)' : ''}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [lsp],
        isPreferred: d.fix.kind === 'safe',
        edit: { changes: { [doc.uri]: toLspEdits(index, d.fix.edits) } },
      });
    }
    if (NOT_IGNORABLE.has(d.ruleId)) return;
    const ast = syntaxTree();
    const key = suppressionKey(d);
    const instruction = instructionContaining(ast.instructions, d.range.start.offset);
    if (instruction && !offered.has(`line:${instruction.range.start.offset}:${key}`)) {
      offered.add(`line:${instruction.range.start.offset}:${key}`);
      ignores.push({
        title: `Ignore ${key} (${d.ruleId}) for this instruction`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [lsp],
        edit: { changes: { [doc.uri]: toLspEdits(index, [ignoreInstructionEdit(doc.text, ast, instruction, key)]) } },
      });
    }
    if (!offered.has(`file:${key}`)) {
      offered.add(`file:${key}`);
      ignores.push({
        title: `Ignore ${key} (${d.ruleId}) in this file`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [lsp],
        edit: { changes: { [doc.uri]: toLspEdits(index, [ignoreFileEdit(doc.text, ast, key)]) } },
      });
    }
  });
  return [...fixes, ...ignores];
}

/** The editor names the findings at the cursor in the request: ours are those with our source, code and range. */
function sameDiagnostic(asked: unknown, ours: LspDiagnostic): boolean {
  if (typeof asked !== 'object' || asked === null) return false;
  const a = asked as Partial<LspDiagnostic>;
  const r = a.range;
  return (
    a.source === ours.source &&
    a.code === ours.code &&
    r !== undefined &&
    r.start?.line === ours.range.start.line &&
    r.start?.character === ours.range.start.character &&
    r.end?.line === ours.range.end.line &&
    r.end?.character === ours.range.end.character
  );
}

/** True when a request limited to `only` kinds accepts `kind` (a kind accepts its sub-kinds: `source` takes `source.fixAll`). */
export function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/**
 * `# dflint ignore=KEY` on the line above the instruction, indented like it; when that line is
 * already such a comment, KEY joins its list.
 */
function ignoreInstructionEdit(text: string, ast: Dockerfile, instruction: Instruction, key: string): TextEdit {
  // Columns on the first line count from after a byte order mark, so this is after it too.
  const start = instruction.range.start.offset - (instruction.range.start.column - 1);
  if (start > 0 && text[start - 1] === '\n') {
    const previousEnd = text[start - 2] === '\r' ? start - 2 : start - 1;
    const previousStart = Math.max(text.lastIndexOf('\n', previousEnd - 1) + 1, ast.bom ? 1 : 0);
    const comment = SUPPRESSION_COMMENT.exec(text.slice(previousStart, previousEnd));
    // `ignore` (the next instruction), not `ignore-file`.
    if (comment && comment[1].toLowerCase() === 'ignore') {
      const at = previousStart + comment[0].length;
      return { start: at, end: at, text: `,${key}` };
    }
  }
  const indent = /^[ \t]*/.exec(text.slice(start, instruction.range.start.offset))![0];
  return { start, end: start, text: `${indent}# dflint ignore=${key}${ast.eol}` };
}

/** `# dflint ignore-file=KEY` at the top, after the parser directives (a comment above them would end them). */
function ignoreFileEdit(text: string, ast: Dockerfile, key: string): TextEdit {
  const comment = `# dflint ignore-file=${key}`;
  const last = ast.directives[ast.directives.length - 1];
  if (!last) {
    const at = ast.bom ? 1 : 0;
    return { start: at, end: at, text: `${comment}${ast.eol}` };
  }
  const newline = text.indexOf('\n', last.range.end.offset);
  if (newline < 0) return { start: text.length, end: text.length, text: `${ast.eol}${comment}` };
  return { start: newline + 1, end: newline + 1, text: `${comment}${ast.eol}` };
}
