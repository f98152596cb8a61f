import { checkstyleReportChunks, checkstyleReporter } from './checkstyle';
import { githubReportChunks, githubReporter } from './github';
import { gitlabReportChunks, gitlabReporter } from './gitlab';
import { gnuReportChunks, gnuReporter } from './gnu';
import { jsonReportChunks, jsonReporter } from './json';
import { sarifReportChunks, sarifReporter } from './sarif';
import { sonarqubeReportChunks, sonarqubeReporter } from './sonarqube';
import { textReportChunks, textReporter } from './text';
import type { ChunkedReporter, Reporter } from './types';

export type { ChunkedReporter, ReportContext, Reporter, RuleInfo, ToolNotification } from './types';
export { reportContext } from './types';
export { summarize, summaryLine, type ReportSummary } from './summary';

export const reporters = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  gitlab: gitlabReporter,
  checkstyle: checkstyleReporter,
  sonarqube: sonarqubeReporter,
  gnu: gnuReporter,
} as const satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof reporters;

/** The same reporters, giving their text in pieces (what the CLI writes out as they come). */
export const reportChunks: Record<ReporterName, ChunkedReporter> = {
  text: textReportChunks,
  json: jsonReportChunks,
  sarif: sarifReportChunks,
  github: githubReportChunks,
  gitlab: gitlabReportChunks,
  checkstyle: checkstyleReportChunks,
  sonarqube: sonarqubeReportChunks,
  gnu: gnuReportChunks,
};
export const REPORTER_NAMES = Object.keys(reporters) as ReporterName[];

export function isReporterName(name: string): name is ReporterName {
  return Object.prototype.hasOwnProperty.call(reporters, name);
}
