import { printable } from './printable';
import { joinChunks, type ChunkedReporter, type Reporter } from './types';

/**
 * One line per problem in the GNU style compilers use, `FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]`,
 * which editors read without a plugin: Vim's quickfix (`:make` with its default errorformat), Emacs'
 * compilation mode, VS Code problem matchers. hadolint users know it as `-f gnu`. Nothing is
 * printed for a clean run. Control characters are shown as symbols, as in text output.
 */
export const gnuReportChunks: ChunkedReporter = function* (results) {
  for (const result of results) {
    const file = printable(result.filePath);
    for (const d of result.diagnostics) {
      yield `${file}:${d.range.start.line}:${d.range.start.column}: ${d.severity}: ${printable(d.message)} [${d.ruleId}/${d.ruleName}]\n`;
    }
  }
};

/** The same as one string. */
export const gnuReporter: Reporter = joinChunks(gnuReportChunks);
