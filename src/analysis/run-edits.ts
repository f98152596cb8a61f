import type { RunInstruction, Word } from '../ast/nodes';
import type { TextEdit } from '../engine/types';
import type { ShellWord } from '../shell/types';
import type { RunCommands } from './packages';

/**
 * Text edits on a RUN's command line that respect its form: in exec form an argument is a new
 * JSON string, in shell form and heredoc bodies a new shell word.
 */

/** The exec-form element that holds `word` directly (not a word inside an `sh -c` script). */
function execElement(node: RunInstruction, word: ShellWord): Word | null {
  if (node.command?.type !== 'ExecForm') return null;
  for (const el of node.command.args) {
    const inside = el.range.start.offset <= word.range.start.offset && word.range.end.offset <= el.range.end.offset;
    const whole = el.range.end.offset - el.range.start.offset - (word.range.end.offset - word.range.start.offset) <= 2;
    if (inside && whole) return el;
  }
  return null;
}

/** Insert `arg` (e.g. `-y`) as a new argument right after `word`. */
export function insertArgAfter(node: RunInstruction, word: ShellWord, arg: string): TextEdit {
  const el = execElement(node, word);
  if (el) return { start: el.range.end.offset, end: el.range.end.offset, text: `, ${JSON.stringify(arg)}` };
  return { start: word.range.end.offset, end: word.range.end.offset, text: ` ${arg}` };
}

/** Replace a word with `text`; null when the word is quoted or escaped (its raw text is not its value). */
export function replaceWord(node: RunInstruction, word: ShellWord, text: string): TextEdit | null {
  const el = execElement(node, word);
  if (el) return { start: el.range.start.offset, end: el.range.end.offset, text: JSON.stringify(text) };
  if (word.raw !== word.value) return null;
  return { start: word.range.start.offset, end: word.range.end.offset, text };
}

// After the last command, only closers may follow: `;`, `)`, `}`, `fi`, `done`, `esac`, line continuations.
const TAIL = /^(?:[\s;)}]|\\\r?\n|\b(?:fi|done|esac)\b)*$/;
const HEREDOC_ONLY = /^<<-?\s*(["']?)[A-Za-z0-9_.-]+\1$/;

/**
 * Append `command` so that it runs after everything else in the RUN: `… && command` at the end of
 * a shell-form line, or a new last line of a `RUN <<EOF` script. Null where that cannot be done
 * reliably (exec form, a script that ends in a comment or a background job, parse errors).
 */
export function appendCommand(run: RunCommands, command: string): TextEdit | null {
  const { node, script } = run;
  if (script.errors.length > 0 || node.command?.type !== 'ShellForm' || script.commands.length === 0) return null;
  const text = node.command.range.end.offset;
  if (node.heredocs.length === 0) {
    const lastEnd = Math.max(...script.commands.map((c) => c.range.end.offset));
    const source = run.fileText;
    const tail = source.slice(lastEnd, text);
    if (!TAIL.test(tail)) return null;
    const trimmed = tail.replace(/\s+$/, '');
    return { start: lastEnd + trimmed.length, end: lastEnd + trimmed.length, text: trimmed.endsWith(';') ? ` ${command}` : ` && ${command}` };
  }
  const [heredoc] = node.heredocs;
  if (node.heredocs.length !== 1 || !heredoc.terminatorRange || !HEREDOC_ONLY.test(node.command.value)) return null;
  if (heredoc.body !== '' && !heredoc.body.endsWith('\n')) return null;
  const at = heredoc.terminatorRange.start.offset;
  const eol = run.fileText.slice(Math.max(0, at - 2), at) === '\r\n' ? '\r\n' : '\n';
  return { start: at, end: at, text: `${command}${eol}` };
}
