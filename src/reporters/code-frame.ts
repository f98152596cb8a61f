import type { Range } from '../ast/nodes';
import type { SourceText } from '../ast/source';
import type { Style } from './ansi';
import { printable } from './printable';

/** Longest stretch of a multi-line range shown; the rest is elided with `…`. */
const MAX_LINES = 4;

function lineText(source: SourceText, line: number): string {
  const start = source.lineStart(line);
  const next = line < source.lineCount ? source.lineStart(line + 1) : source.text.length;
  return source.text.slice(start, next).replace(/\r?\n$|\r$/, '');
}

/**
 * The flagged source lines with a gutter and a `^` marker under the flagged columns:
 * ```
 *   > 3 | RUN cd /app
 *       |     ^^
 * ```
 * Tabs are shown as single spaces, and control characters as one character each (printable),
 * so the marker stays aligned.
 */
export function codeFrame(source: SourceText, range: Range, s: Style, indent = '    '): string {
  const first = range.start.line;
  // An end at column 1 of a later line means the range stopped at the previous line break.
  const last = Math.max(first, range.end.column === 1 && range.end.line > first ? range.end.line - 1 : range.end.line);
  const shownLast = Math.min(last, first + MAX_LINES - 1, source.lineCount);
  const width = String(shownLast).length;
  const out: string[] = [];
  for (let line = first; line <= shownLast; line++) {
    const text = printable(lineText(source, line).replace(/\t/g, ' '));
    out.push(`${indent}${s.red('>')} ${s.dim(`${String(line).padStart(width)} |`)} ${text}`);
    const from = line === first ? range.start.column : 1;
    const to = line === range.end.line ? range.end.column : text.length + 1;
    const length = Math.max(1, to - from);
    out.push(`${indent}  ${s.dim(`${' '.repeat(width)} |`)} ${' '.repeat(from - 1)}${s.red('^'.repeat(length))}`);
  }
  if (shownLast < last) out.push(`${indent}  ${s.dim(`${' '.repeat(width)} |`)} …`);
  return out.join('\n');
}
