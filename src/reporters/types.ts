import type { Range } from '../ast/nodes';
import type { AnyRule, LintResult } from '../engine/types';

/** The rule metadata a reporter needs; a registry's rule definitions satisfy it as they are. */
export type RuleInfo = Pick<AnyRule, 'id' | 'name' | 'aliases' | 'severity' | 'enabledByDefault' | 'fix' | 'summary' | 'docs' | 'tags'
>;

/** Rules tagged `security` in their metadata: CI services that rate security findings apart get them as such. */
export function isSecurityRule(rule: Pick<RuleInfo, 'tags'> | undefined): boolean {
  return rule?.tags?.includes('security') ?? false;
}

/**
 * A problem with the run rather than with a Dockerfile's content: a config file that could not
 * be used, a file that did not parse. SARIF carries them as tool execution notifications.
 */
export interface ToolNotification {
  level: 'error' | 'warning' | 'note';
  message: string;
  /** The file the problem is about, as the user named it. */
  filePath?: string;
  range?: Range;
  /** Rule the notification is about (DF000 for parse problems). */
  ruleId?: string;
}

export interface ReportContext {
  /** dflint's version, written into JSON and SARIF output. */
  version: string;
  /** Directory that relative file paths are resolved against (the working directory). */
  cwd: string;
  /**
   * Root that SARIF `uri`s are relative to (`%SRCROOT%`): the repository root for code scanning.
   * Defaults to `cwd`.
   */
  srcRoot?: string;
  /** Every rule that could report in this run (the SARIF `rules` table). */
  rules: readonly RuleInfo[];
  /** ANSI colours in text output. */
  color: boolean;
  /** Show the flagged source lines under each text diagnostic. */
  codeFrame: boolean;
  notifications: readonly ToolNotification[];
}

/** Turns the results of one run into the text written to stdout or `--output`. */
export type Reporter = (results: readonly LintResult[], ctx: ReportContext) => string;

/**
 * The same text in pieces, in order, made as they are asked for: the CLI writes each piece out
 * before the next is made, so a large report never sits in memory whole.
 */
export type ChunkedReporter = (results: readonly LintResult[], ctx: ReportContext) => Iterable<string>;

/** The whole text of a chunked reporter. */
export function joinChunks(chunked: ChunkedReporter): Reporter {
  return (results, ctx) => [...chunked(results, ctx)].join('');
}

/** Builds a context with defaults for anything not given (handy for the library API and tests). */
export function reportContext(partial: Partial<ReportContext> & Pick<ReportContext, 'version'>): ReportContext {
  return {
    cwd: process.cwd(),
    rules: [],
    color: false,
    codeFrame: false,
    notifications: [],
    ...partial,
  };
}
