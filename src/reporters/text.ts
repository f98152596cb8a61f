import { SourceText } from '../ast/source';
import type { Severity } from '../engine/types';
import { style, type Style } from './ansi';
import { codeFrame } from './code-frame';
import { printable } from './printable';
import { summarize, summaryLine } from './summary';
import { joinChunks, type ChunkedReporter, type Reporter } from './types';

function severityLabel(severity: Severity, s: Style): (padded: string) => string {
  switch (severity) {
    case 'error':
      return s.red;
    case 'warning':
      return s.yellow;
    case 'info':
      return s.cyan;
    case 'style':
      return s.magenta;
  }
}

/**
 * Human output: one block per file with problems, one line per problem
 * (`line:column  severity  message  id/name`), then a summary line.
 * Prints nothing at all when there is nothing to report. Made a file at a time. Control
 * characters in names, messages and code frames are shown, not sent (see printable).
 */
export const textReportChunks: ChunkedReporter = function* (results, ctx) {
  const summary = summarize(results);
  if (summary.problems === 0) return;
  const s = style(ctx.color);
  let first = true;
  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    const positions = result.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column}`);
    const positionWidth = Math.max(...positions.map((p) => p.length));
    const severityWidth = Math.max(...result.diagnostics.map((d) => d.severity.length));
    const source = ctx.codeFrame ? new SourceText(result.text) : null;
    const lines = [s.underline(printable(result.filePath))];
    result.diagnostics.forEach((d, i) => {
      const severity = severityLabel(d.severity, s)(d.severity.padEnd(severityWidth));
      lines.push(`  ${s.dim(positions[i].padEnd(positionWidth))}  ${severity}  ${printable(d.message)}  ${s.dim(`${d.ruleId}/${d.ruleName}`)}`);
      if (source) lines.push(codeFrame(source, d.range, s));
    });
    yield `${first ? '' : '\n\n'}${lines.join('\n')}`;
    first = false;
  }
  const color = summary.errors > 0 ? s.red : summary.warnings > 0 ? s.yellow : (x: string) => x;
  let footer = s.bold(color(summaryLine(summary)));
  const fixHints: string[] = [];
  if (summary.fixable > 0) fixHints.push(`${summary.fixable} fixable with --fix`);
  if (summary.fixableUnsafe > 0) fixHints.push(`${summary.fixableUnsafe} more with --fix-unsafe`);
  if (fixHints.length > 0) footer += `\n${s.dim(`${fixHints.join(', ')}.`)}`;
  yield `\n\n${footer}\n`;
};

/** The same as one string. */
export const textReporter: Reporter = joinChunks(textReportChunks);
