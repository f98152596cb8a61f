import { SourceText } from '../ast/source';
import type { Diagnostic, Fix, Severity } from '../engine/types';
import { summarize, type ReportSummary } from './summary';
import { prettyJsonChunks, STREAMED_ARRAY } from './json-chunks';
import { joinChunks, type ChunkedReporter, type Reporter } from './types';

/** One problem in the JSON report (documented by schemas/report.schema.json). */
export interface JsonResult {
  file: string;
  ruleId: string;
  ruleName: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  docsUrl: string;
  fix?: JsonFix;
}

export interface JsonFix {
  title: string;
  kind: Fix['kind'];
  /** Replacements on the linted text; offsets are 0-based and half-open, line/column 1-based. */
  edits: Array<{
    start: number;
    end: number;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    text: string;
  }>;
}

export interface JsonReport {
  version: string;
  results: JsonResult[];
  summary: ReportSummary;
}

function jsonFix(fix: Fix, source: SourceText): JsonFix {
  return {
    title: fix.title,
    kind: fix.kind,
    edits: fix.edits.map((edit) => {
      const start = source.positionAt(edit.start);
      const end = source.positionAt(edit.end);
      return {
        start: edit.start,
        end: edit.end,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        text: edit.text,
      };
    }),
  };
}

function jsonResult(file: string, d: Diagnostic, source: () => SourceText): JsonResult {
  const result: JsonResult = {
    file,
    ruleId: d.ruleId,
    ruleName: d.ruleName,
    severity: d.severity,
    message: d.message,
    line: d.range.start.line,
    column: d.range.start.column,
    endLine: d.range.end.line,
    endColumn: d.range.end.column,
    docsUrl: d.docsUrl,
  };
  if (d.fix) result.fix = jsonFix(d.fix, source());
  return result;
}

/** One JSON result per diagnostic, file by file; a file's SourceText is made only for fix positions. */
function* jsonResults(results: Parameters<Reporter>[0]): Generator<JsonResult> {
  for (const result of results) {
    let source: SourceText | undefined;
    const lazySource = () => (source ??= new SourceText(result.text));
    for (const d of result.diagnostics) yield jsonResult(result.filePath, d, lazySource);
  }
}

export function buildJsonReport(results: Parameters<Reporter>[0], version: string): JsonReport {
  return { version, results: [...jsonResults(results)], summary: summarize(results) };
}

/** `{ version, results, summary }`, pretty-printed, one problem per entry of `results`, in pieces. */
export const jsonReportChunks: ChunkedReporter = function* (results, ctx) {
  yield* prettyJsonChunks({ version: ctx.version, results: STREAMED_ARRAY, summary: summarize(results) }, jsonResults(results));
  yield '\n';
};

/** The same as one string. */
export const jsonReporter: Reporter = joinChunks(jsonReportChunks);
