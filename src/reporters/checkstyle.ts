import type { Severity } from '../engine/types';
import { joinChunks, type ChunkedReporter, type Reporter } from './types';

/**
 * Checkstyle's XML report, which CI tools read from many linters (Jenkins' Warnings plugin,
 * reviewdog, Bitbucket and Azure DevOps report tasks); hadolint writes it too (`-f checkstyle`).
 * One `<file>` per linted file, clean ones included, and one `<error>` per problem.
 */

/** Checkstyle has error, warning and info (and ignore): style findings are info there. */
export function checkstyleSeverity(severity: Severity): 'error' | 'warning' | 'info' {
  return severity === 'style' ? 'info' : severity;
}

/**
 * Text for an XML attribute value in double quotes. Characters XML 1.0 cannot carry at all (C0
 * controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF) become U+FFFD; line breaks
 * and tabs are written as references, which a parser would otherwise turn into spaces.
 */
export function xmlAttribute(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[&<>"\t\n\r]/g, (c) => ESCAPES[c]);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

export const checkstyleReportChunks: ChunkedReporter = function* (results) {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n';
  for (const result of results) {
    if (result.diagnostics.length === 0) {
      yield `  <file name="${xmlAttribute(result.filePath)}"/>\n`;
      continue;
    }
    const lines = [`  <file name="${xmlAttribute(result.filePath)}">`];
    for (const d of result.diagnostics) {
      lines.push(
        `    <error line="${d.range.start.line}" column="${d.range.start.column}" severity="${checkstyleSeverity(d.severity)}" message="${xmlAttribute(d.message)}" source="${xmlAttribute(`${d.ruleId}/${d.ruleName}`)}"/>`,
      );
    }
    lines.push('  </file>\n');
    yield lines.join('\n');
  }
  yield '</checkstyle>\n';
};

/** The same as one string. */
export const checkstyleReporter: Reporter = joinChunks(checkstyleReportChunks);
