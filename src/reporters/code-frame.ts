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

/** Widest stretch of a line shown; a longer line is shown around what is flagged, elided with `…`. */
const MAX_WIDTH = 160;
/** Characters kept before the flagged column when a long line is cut. */
const CONTEXT = 40;

/** The part of a line shown, and where the marker starts and how long it is in that part. */
function window(text: string, from: number, to: number): { shown: string; markerStart: number; markerLength: number } {
  // `from` and `to` are 0-based and half-open within the line.
  if (text.length <= MAX_WIDTH) return { shown: text, markerStart: from, markerLength: Math.max(1, to - from) };
  const start = Math.max(0, Math.min(from - CONTEXT, text.length - MAX_WIDTH));
  const end = Math.min(text.length, start + MAX_WIDTH);
  const lead = start > 0 ? '…' : '';
  const shown = `${lead}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  return { shown, markerStart: from - start + lead.length, markerLength: Math.max(1, Math.min(to, end) - from) };
}

/**
 * The flagged source lines with a gutter and a `^` marker under the flagged columns:
 * ```
 *   > 3 | RUN cd /app
 *       |     ^^
 * ```
 * Tabs are shown as single spaces, and control characters as one character each (printable),
 * so the marker stays aligned. A line wider than 160 characters is shown around the flagged
 * columns (a one-line script of 400 KB would otherwise be printed whole under every finding).
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
    const from = line === first ? range.start.column - 1 : 0;
    const to = line === range.end.line ? range.end.column - 1 : text.length;
    const { shown, markerStart, markerLength } = window(text, from, to);
    out.push(`${indent}${s.red('>')} ${s.dim(`${String(line).padStart(width)} |`)} ${shown}`);
    out.push(`${indent}  ${s.dim(`${' '.repeat(width)} |`)} ${' '.repeat(markerStart)}${s.red('^'.repeat(markerLength))}`);
  }
  if (shownLast < last) out.push(`${indent}  ${s.dim(`${' '.repeat(width)} |`)} …`);
  return out.join('\n');
}
