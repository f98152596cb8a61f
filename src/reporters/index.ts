import { jsonReporter } from './json';
import { sarifReporter } from './sarif';
import { textReporter } from './text';
import type { Reporter } from './types';

export type { ReportContext, Reporter, RuleInfo, ToolNotification } from './types';
export { reportContext } from './types';
export { summarize, summaryLine, type ReportSummary } from './summary';

export const reporters = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
} as const satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof reporters;
export const REPORTER_NAMES = Object.keys(reporters) as ReporterName[];

export function isReporterName(name: string): name is ReporterName {
  return Object.prototype.hasOwnProperty.call(reporters, name);
}
