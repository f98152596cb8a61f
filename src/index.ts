/**
 * dflint's library API.
 *
 *   import { lint, fix } from 'dflint';
 *   const result = lint(text, { filePath: 'Dockerfile', rules: { 'latest-tag': 'error' } });
 *
 * For many files, build a `Linter` once per configuration (or use `ConfigLoader` to find each
 * file's `.dflintrc`) and call `linter.lint(text, path)` for each file.
 */
import allRules from '../rules';
import type { ResolvedConfig } from './config/load';
import { mergeRuleConfig } from './config/normalize';
import { validateConfig } from './config/validate';
import type { RuleEntry } from './config/types';
import { fixText, type FixOutcome } from './engine/fix';
import { Linter, type LinterConfig } from './engine/linter';
import { RuleRegistry } from './engine/registry';
import type { AnyRule, LintResult, RuleSettings } from './engine/types';

export { parseDockerfile } from './parser';
export { SourceText } from './ast/source';
export type * from './ast/nodes';

export { defineRule, docsUrl } from './engine/define-rule';
export { Linter, lintText, compareDiagnostics, type LinterConfig, type LinterOptions, type ActiveRule } from './engine/linter';
export { RuleRegistry, BUILTIN_RULES } from './engine/registry';
export { fixText, applyFixesOnce, MAX_FIX_PASSES, type FixOptions, type FixOutcome } from './engine/fix';
export { applySuppressions, collectSuppressions, type Suppression } from './engine/suppress';
export type * from './engine/types';
export { SEVERITIES, SEVERITY_RANK, defaultRuleSettings } from './engine/types';

export { ConfigLoader, readConfigFile, isIgnoredBy, CONFIG_FILE_NAMES, FOREIGN_CONFIG_READERS } from './config/load';
export type { ResolvedConfig, ForeignConfig, ForeignConfigReader, ConfigLoaderOptions } from './config/load';
export { ConfigError } from './config/errors';
export { buildConfigSchema } from './config/schema';
export type { ConfigFile, CliConfig, FailureThreshold, RuleEntry } from './config/types';

export { reporters, reportContext, summarize, summaryLine, REPORTER_NAMES, isReporterName } from './reporters';
export type { Reporter, ReporterName, ReportContext, RuleInfo, ToolNotification, ReportSummary } from './reporters';
export { buildJsonReport, type JsonReport, type JsonResult } from './reporters/json';
export { buildSarifLog } from './reporters/sarif';

/** Every rule module dflint ships (without the built-in DF000 and DF099). */
export const rules: readonly AnyRule[] = allRules;

let defaultRegistry: RuleRegistry | undefined;
/** The registry of every rule, built once. */
export function registry(): RuleRegistry {
  return (defaultRegistry ??= new RuleRegistry(allRules));
}

export interface LintOptions {
  /** Path reported in diagnostics (default `Dockerfile`). */
  filePath?: string;
  /** Rule id, name or alias → level or `{ severity, options }`. Unknown keys throw ConfigError. */
  rules?: Record<string, RuleEntry>;
  settings?: Partial<RuleSettings>;
  reportUnusedIgnores?: boolean;
  disableIgnorePragma?: boolean;
  /** A config found by `ConfigLoader` (the options above are laid over it). */
  config?: ResolvedConfig;
  /** Lint with these rules instead of dflint's own. */
  ruleSet?: readonly AnyRule[];
}

function linterFor(options: LintOptions): Linter {
  const reg = options.ruleSet ? new RuleRegistry(options.ruleSet) : registry();
  const base = options.config?.engine;
  const rules = { ...(base?.rules ?? {}) };
  // Validated like a config file, so bad options fail here rather than inside a rule.
  for (const [id, entry] of Object.entries(validateConfig({ rules: options.rules ?? {} }, 'lint options', reg).rules)) {
    rules[id] = mergeRuleConfig(rules[id], entry);
  }
  const config: LinterConfig = {
    rules,
    settings: { ...(base?.settings ?? {}), ...(options.settings ?? {}) },
    reportUnusedIgnores: options.reportUnusedIgnores ?? base?.reportUnusedIgnores,
    disableIgnorePragma: options.disableIgnorePragma ?? base?.disableIgnorePragma,
  };
  return new Linter({ rules: reg.rules, registry: reg, config });
}

/** Lint one Dockerfile's text. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  return linterFor(options).lint(text, options.filePath ?? 'Dockerfile');
}

/** Lint and fix one Dockerfile's text (safe fixes; unsafe ones too with `unsafe: true`). */
export function fix(text: string, options: LintOptions & { unsafe?: boolean } = {}): FixOutcome {
  return fixText(text, linterFor(options), options.filePath ?? 'Dockerfile', { unsafe: options.unsafe });
}
