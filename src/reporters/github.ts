import type { Range } from '../ast/nodes';
import type { Severity } from '../engine/types';
import { reportedPath } from './repository-path';
import { joinChunks, type ChunkedReporter, type Reporter, type ToolNotification } from './types';

/**
 * GitHub Actions workflow commands (`::warning file=…,line=…::message`): the runner turns each line
 * into an annotation on the changed file and in the run's summary. No upload step and no code
 * scanning (which private repositories get only with GitHub Advanced Security) is needed.
 */

type AnnotationLevel = 'error' | 'warning' | 'notice';

export function annotationLevel(severity: Severity | ToolNotification['level']): AnnotationLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice';
}

/** A command's message: the runner reads `%`, CR and LF as escapes, so those are written escaped. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property value: as a message, and `:` and `,` too, which end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function rangeProperties(range: Range): string[] {
  return [`line=${range.start.line}`, `endLine=${range.end.line}`, `col=${range.start.column}`, `endColumn=${range.end.column}`];
}

/** Every annotation has at least its title property. */
function command(level: AnnotationLevel, properties: string[], message: string): string {
  return `::${level} ${properties.join(',')}::${escapeData(message)}\n`;
}

/** One annotation per problem (the run's own notifications first), file by file; nothing when clean. */
export const githubReportChunks: ChunkedReporter = function* (results, ctx) {
  for (const n of ctx.notifications) {
    const properties = n.filePath === undefined ? [] : [`file=${escapeProperty(reportedPath(n.filePath, ctx))}`, ...(n.range ? rangeProperties(n.range) : [])];
    properties.push(`title=${escapeProperty(n.ruleId ? `dflint ${n.ruleId}` : 'dflint')}`);
    yield command(annotationLevel(n.level), properties, n.message);
  }
  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    const file = `file=${escapeProperty(reportedPath(result.filePath, ctx))}`;
    for (const d of result.diagnostics) {
      const title = `title=${escapeProperty(`${d.ruleId}/${d.ruleName}`)}`;
      yield command(annotationLevel(d.severity), [file, ...rangeProperties(d.range), title], d.message);
    }
  }
};

/** The same as one string. */
export const githubReporter: Reporter = joinChunks(githubReportChunks);
