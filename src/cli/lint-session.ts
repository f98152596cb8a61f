import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixText } from '../engine/fix';
import { Linter } from '../engine/linter';
import type { EngineConfig, LintResult, RuleConfig } from '../engine/types';
import type { ReportContext, ToolNotification } from '../reporters';
import type { FailureThreshold } from './exit-code';
import type { LintOptions } from './lint-options';
import { findRule, ruleRegistry } from './rule-catalog';
import { VERSION } from './version';

/** The repository root for SARIF URIs: the nearest directory up from `cwd` holding `.git`, else `cwd`. */
export function findSourceRoot(cwd: string): string {
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return cwd;
  }
}

/**
 * State shared by every file of one run: the rule registry, the command-line rule overrides
 * (resolved once), and one Linter per distinct configuration, so a whole repository pays for
 * rule setup once.
 */
export class LintSession {
  private readonly options: LintOptions;
  private readonly cwd: string;
  private readonly cliRules: Record<string, RuleConfig>;
  private readonly notifications: ToolNotification[] = [];
  private linter: Linter | undefined;

  constructor(options: LintOptions, cwd: string) {
    this.options = options;
    this.cwd = cwd;
    this.cliRules = {};
    for (const override of options.ruleOverrides) this.cliRules[findRule(override.key).id] = override.config;
  }

  private engineConfig(): Partial<EngineConfig> {
    return { rules: this.cliRules, reportUnusedIgnores: this.options.reportUnusedIgnores };
  }

  private linterFor(_configPath: string | null): Linter {
    return (this.linter ??= new Linter({ rules: ruleRegistry().rules, config: this.engineConfig() }));
  }

  /** True when the configuration says to skip this file. */
  isIgnored(_file: string): boolean {
    return false;
  }

  /** Lints (and, with --fix, fixes) one text. `configPath` locates the config: the file, or null for plain stdin. */
  lint(text: string, displayPath: string, configPath: string | null): LintResult {
    const linter = this.linterFor(configPath);
    if (!this.options.fix) return linter.lint(text, displayPath);
    return fixText(text, linter, displayPath, { unsafe: this.options.fix === 'unsafe' }).result;
  }

  failureThreshold(): FailureThreshold {
    return this.options.failureThreshold ?? 'warning';
  }

  reportContext(display: { color: boolean; codeFrame: boolean }): ReportContext {
    return {
      version: VERSION,
      cwd: this.cwd,
      srcRoot: findSourceRoot(this.cwd),
      rules: ruleRegistry().rules,
      color: display.color,
      codeFrame: display.codeFrame,
      notifications: this.notifications,
    };
  }
}
